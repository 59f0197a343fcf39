"""A row a ``REPLACE`` writes again in two migrations of one jump, each declared as the
delete, the insert and the recomputation ``REPLACE`` is.

Zotero's ``_updateCompatibility`` runs ``REPLACE INTO version ... ('compatibility', N)`` in
several userdata steps. ``REPLACE`` deletes the row and inserts it again under a new
rowid, so the later step's ``Recompute`` was read, just before its migration, over a
state where the row no longer held its start's rowid: its value was expected NULL, a
false alarm on every jump over two such steps. A row the path may delete (a declared
``DeleteRows``) that is missing under its rowid there was deleted and added again
(``AddRows``): the recomputation does not judge it. Here a small chain (a settings
table): the jump over both REPLACEs passes, and its twin that also changes a row no
declaration lets go still fails, naming that row.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

SETTINGS = '''"""Settings by name."""


def upgrade(conn):
    conn.execute("CREATE TABLE settings (name TEXT PRIMARY KEY, level INT NOT NULL)")


def app_writes(conn, ctx):
    """The theme and the level the app keeps."""
    conn.execute("INSERT OR IGNORE INTO settings VALUES ('theme', 5)")
    conn.execute("INSERT OR IGNORE INTO settings VALUES ('level', 1)")
'''


def replace_level(level: int, also: str = "") -> str:
    return f'''
from edi_migrations.changes import AddRows, DeleteRows, Recompute

CHANGES = (
    DeleteRows("settings", where="name = 'level'"),
    AddRows("settings"),
    Recompute("settings", "level", expression="CASE WHEN name = 'level' THEN {level} ELSE level END"),
)


def upgrade(conn):
    conn.execute("REPLACE INTO settings VALUES ('level', {level})")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, SETTINGS)
    add_migration(folder, "level_two", replace_level(2))
    add_migration(folder, "level_three", replace_level(3, also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_a_row_replaced_twice_on_a_jump_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_another_row_changed_beside_the_replaced_one_still_fails(pytester):
    result = jump(pytester, "    conn.execute(\"UPDATE settings SET level = 9 WHERE name = 'theme'\")")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*settings.level rowid 1: before integer 5, after integer 9*"])
