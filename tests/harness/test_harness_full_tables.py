"""A chain holding a table whose UNIQUE key runs out of values before the rows asked for
(Kanboard's ``project_has_users`` beside its one ``admin`` user) builds its start
databases with that table full, and its paths run; a migration losing one of its rows
still fails, naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.rows.test_full_tables import ADMIN, DEFAULT_PROJECT, SCHEMA

MEMBERS = f'''"""Users, projects and their members; the admin and a default project."""

SCHEMA = {SCHEMA!r}


def upgrade(conn):
    for statement in (*SCHEMA, {ADMIN!r}, {DEFAULT_PROJECT!r}):
        conn.execute(statement)
'''

OWNER = """
def upgrade(conn):
    conn.execute("ALTER TABLE members ADD COLUMN is_owner INTEGER DEFAULT 0")
"""

LOSES_A_MEMBER = (
    OWNER
    + '    conn.execute("DELETE FROM members WHERE rowid = (SELECT max(rowid) FROM members)")\n'
)


def chain(pytester, second: str) -> Path:
    folder = first_migration(pytester, MEMBERS, name="members")
    add_migration(folder, "member_owner", second)
    return folder


def run_step(pytester, folder: Path) -> pytest.RunResult:
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_full_unique_key_builds_its_start_and_the_step_passes(pytester):
    run_step(pytester, chain(pytester, OWNER)).assert_outcomes(passed=1)


def test_the_same_step_losing_a_row_fails_naming_it(pytester):
    result = run_step(pytester, chain(pytester, LOSES_A_MEMBER))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*members*rowid*"])
