"""A data fix declared with ``AddRows``, ``DeleteRows``, ``Recompute`` or ``MergeRows``
lets the previous app's reads of that table return other rows, as ``MoveRows`` does: an
app seeding a default group (``INSERT ... ON CONFLICT DO NOTHING``) was reported as
breaking the app one version back, and failed where that check is required. The same
step without its declaration still fails, naming the read. On a small chain not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

GROUPS = '''"""Groups of a to-do app, each with a name."""


def upgrade(conn):
    conn.execute("CREATE TABLE groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
'''
SEED = """
def upgrade(conn):
    conn.execute(
        "INSERT INTO groups (id, name) VALUES (-1, 'Default') ON CONFLICT (id) DO NOTHING"
    )
"""
RENAME = """
def upgrade(conn):
    conn.execute("UPDATE groups SET name = trim(name)")
"""
CHECK = ("-k", "test_previous_app_still_works", "--upgrade-path", "app->v2")
REQUIRED = ("-o", "edi_migrations_previous_app=required")
CASES = [
    ('AddRows("groups")', SEED),
    ("DeleteRows(\"groups\", where=\"name LIKE '%a%'\")", SEED.replace(
        "INSERT INTO groups (id, name) VALUES (-1, 'Default') ON CONFLICT (id) DO NOTHING",
        "DELETE FROM groups WHERE name LIKE '%a%'",
    )),
    ('Recompute("groups", "name", expression="trim(name)")', RENAME),
]  # fmt: skip


def chain(pytester: pytest.Pytester, declared: str | None, body: str):
    head = f"from edi_migrations.changes import *  # noqa: F403\n\nCHANGES = ({declared},)\n"
    return two_steps(pytester, GROUPS, (head if declared else "") + body)


@pytest.mark.parametrize(("declared", "body"), CASES)
def test_a_declared_data_fix_keeps_the_previous_app_working(pytester, declared, body):
    result = run_matrix(pytester, chain(pytester, declared, body), *REQUIRED, *CHECK)
    result.assert_outcomes(passed=1)


def test_the_same_fix_undeclared_fails_naming_the_read(pytester):
    result = run_matrix(pytester, chain(pytester, None, SEED), *REQUIRED, *CHECK)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*'read groups'*returns other rows on v2 than on v1*"])
