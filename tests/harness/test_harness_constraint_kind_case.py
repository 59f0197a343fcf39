"""A constraint's kind declared as the reference writes it (``DropConstraint("groups",
"UNIQUE", column="name")``, Actual Budget's ``1555786194328`` drops that UNIQUE): the
kind is read in any case, as tables and columns are. Undeclared, the drop still fails,
and so does a declaration of another kind."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

GROUPS = '''"""Category groups, their names unique."""


def upgrade(conn):
    conn.execute("CREATE TABLE groups (id TEXT PRIMARY KEY, name TEXT UNIQUE, hidden INTEGER)")
'''

REBUILD = """
from edi_migrations.changes import DropConstraint

CHANGES = ({declared})


def upgrade(conn):
    conn.execute("CREATE TABLE groups_new (id TEXT PRIMARY KEY, name TEXT, hidden INTEGER)")
    conn.execute("INSERT INTO groups_new SELECT * FROM groups")
    conn.execute("DROP TABLE groups")
    conn.execute("ALTER TABLE groups_new RENAME TO groups")
"""


def run_step(pytester, declared: str) -> pytest.RunResult:
    folder = first_migration(pytester, GROUPS, name="groups")
    add_migration(folder, "names_may_repeat", REBUILD.replace("{declared}", declared))
    args = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_matrix(pytester, folder, "-o", "edi_migrations_rerun_check=false", *args)


@pytest.mark.parametrize("kind", ["UNIQUE", "Unique"])  # lower case: every other spec
def test_the_kind_is_read_in_any_case(pytester, kind):
    run_step(pytester, f'DropConstraint("groups", "{kind}", column="name"),').assert_outcomes(
        passed=1
    )


@pytest.mark.parametrize(
    "declared", ["", 'DropConstraint("groups", "CHECK", column="name"),'], ids=["none", "other"]
)
def test_the_drop_undeclared_or_declared_as_another_kind_fails(pytester, declared):
    result = run_step(pytester, declared)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ['*table groups: unique on name removed*DropConstraint("groups", "unique", column="name")*']
    )
