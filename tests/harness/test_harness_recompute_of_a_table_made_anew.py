"""A recomputation declared on a table an earlier migration of the path dropped and made
anew: its rows are not the start's.

Trilium drops its sync log (``entity_changes``, declared ``DropTable``) and makes it again
in one step, and later steps recompute columns of the new table. On a jump over the drop,
each later ``Recompute`` was read just before its migration, over the new table, and
replayed by rowid onto the start's rows of the old one: values of other rows met the old
table's UNIQUE index, and the check crashed with SQLite's IntegrityError, blaming the
declaration ("declared changes are SQL"). A table made again under a dropped name is
another; what is declared of it says nothing of the start's rows. Here a small chain (a
log with a UNIQUE pair): the jump over the drop passes, and its twin whose later step also
changes a table the start keeps, undeclared, still fails, naming that row.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

LOG = '''"""A change log, one row per (kind, ref), and the app's labels."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE log (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, "
        "UNIQUE (kind, ref))"
    )
    conn.execute("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")


def app_writes(conn, ctx):
    """Two kinds of change of one ref, and a label."""
    conn.execute("INSERT OR IGNORE INTO log (id, kind, ref) VALUES (1, 'draft', 'x')")
    conn.execute("INSERT OR IGNORE INTO log (id, kind, ref) VALUES (2, 'final', 'x')")
    conn.execute("INSERT OR IGNORE INTO labels (id, name) VALUES (1, 'inbox')")
'''

REMADE = '''"""The log thrown away and made again, holding what the app logs from now on."""

from edi_migrations.changes import DropTable

CHANGES = (DropTable("log"),)


def upgrade(conn):
    conn.execute("DROP TABLE log")
    conn.execute(
        "CREATE TABLE log (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, "
        "UNIQUE (kind, ref))"
    )
    conn.execute("INSERT INTO log (kind, ref) VALUES ('draft', 'y'), ('note', 'z')")
'''


def promote(also: str = "") -> str:
    return f'''"""Drafts become final."""

from edi_migrations.changes import Recompute

CHANGES = (
    Recompute("log", "kind", expression="CASE WHEN kind = 'draft' THEN 'final' ELSE kind END"),
)


def upgrade(conn):
    conn.execute("UPDATE log SET kind = 'final' WHERE kind = 'draft'")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, LOG)
    add_migration(folder, "log_remade", REMADE)
    add_migration(folder, "drafts_final", promote(also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_a_recomputation_of_a_table_made_anew_on_a_jump_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_an_undeclared_change_beside_it_still_fails(pytester):
    result = jump(pytester, "    conn.execute(\"UPDATE labels SET name = 'later' WHERE id = 1\")")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*labels.name rowid 1: before text 'inbox', after text 'later'*"])
