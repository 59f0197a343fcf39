"""A chain whose composite keys hold a column its CHECK bounds (a level 1-3 per project, a
kind out of two, a flag, a composite primary key with a range) builds its start databases
inside those CHECKs and its default matrix passes; a migration losing one of those rows
still fails, naming it."""

from __future__ import annotations

from pathlib import Path

from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.rows.test_checked_keys import PROJECTS, SHAPES, THREE_PROJECTS

TABLES = (
    PROJECTS,
    SHAPES[0][1].replace("TABLE t", "TABLE levels"),
    SHAPES[1][1].replace("TABLE t", "TABLE stages"),
    SHAPES[2][1].replace("TABLE t", "TABLE kinds"),
    SHAPES[3][1].replace("TABLE t", "TABLE flags"),
)

LEVELS = f'''"""Projects, and per project a level, a stage, a kind and a flag, each checked."""

SCHEMA = {TABLES!r}


def upgrade(conn):
    for statement in (*SCHEMA, {THREE_PROJECTS!r}):
        conn.execute(statement)
'''

NOTE = """
def upgrade(conn):
    conn.execute("ALTER TABLE levels ADD COLUMN note TEXT")
"""

LOSES_A_LEVEL = (
    NOTE + '    conn.execute("DELETE FROM levels WHERE rowid = (SELECT max(rowid) FROM levels)")\n'
)


def chain(pytester, second: str) -> Path:
    folder = first_migration(pytester, LEVELS, name="levels")
    add_migration(folder, "level_note", second)
    return folder


def test_checked_composite_keys_build_their_starts_and_the_default_matrix_passes(pytester):
    result = run_matrix(pytester, chain(pytester, NOTE), "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    assert result.parseoutcomes()["passed"] > 5


def test_the_same_step_losing_a_level_fails_naming_it(pytester):
    result = run_matrix(
        pytester, chain(pytester, LOSES_A_LEVEL), "-k", "test_upgrade_path",
        "--upgrade-path", "v1->v2",
    )  # fmt: skip
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*levels*rowid*"])
