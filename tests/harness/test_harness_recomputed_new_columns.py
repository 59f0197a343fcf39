"""A column added in the middle of a jump and then recomputed by a declared ``Recompute``
(an ORM adds the field with an empty default, a data migration computes it: linkding's
``url_normalized``) holds, after the jump, what the declaration computes: the harness
judges it row by row instead of failing it as an undeclared fill of a new column. A
recomputation that writes something else still fails.

A small task-list chain, not EDI's: 0002 adds ``tasks.slug`` (empty), 0003 computes it.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

INITIAL = '''"""Tasks."""


def upgrade(conn):
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
'''

ADD = '''
def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN slug TEXT NOT NULL DEFAULT ''")
'''


def compute(written: str) -> str:
    return f'''
from edi_migrations.changes import Recompute

CHANGES = (Recompute("tasks", "slug", expression="lower(title)"),)


def upgrade(conn):
    conn.execute("UPDATE tasks SET slug = {written}")
'''


JUMP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def chain(pytester: pytest.Pytester, written: str):
    folder = first_migration(pytester, INITIAL)
    add_migration(folder, "task_slug", ADD)
    add_migration(folder, "compute_slug", compute(written))
    return folder


def test_a_jump_over_a_new_column_and_its_declared_recompute_passes(pytester):
    run_matrix(pytester, chain(pytester, "lower(title)"), *JUMP).assert_outcomes(passed=1)


def test_a_jump_over_a_new_column_recomputed_otherwise_fails_naming_it(pytester):
    result = run_matrix(pytester, chain(pytester, "upper(title)"), *JUMP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*tasks*slug*"])
