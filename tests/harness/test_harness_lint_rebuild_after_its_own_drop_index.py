"""EM102 blames a rebuild only for what the rebuild loses, not for an index its migration
dropped on purpose before it.

Alembic's batch mode drops the old indexes a revision asks it to (``op.drop_index``) and
then rebuilds the table as ``_alembic_tmp_<table>`` (Mealie's ``5ab195a474eb``). The lint
read the table's indexes before the migration, so it said the rebuild "loses" the index
the migration's own ``DROP INDEX`` had already dropped, and told it to save and recreate
it: advice that cannot apply. It now counts the indexes the table still held when the
rebuild began; a rebuild that forgets an index it found still fails. On a pets chain,
neither Mealie's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

PETS = '''"""Pets, their names indexed."""


def upgrade(conn):
    conn.execute("CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT, species TEXT)")
    conn.execute("CREATE INDEX ix_pet_name ON pet (name)")
'''

REBUILD = '''"""pet rebuilt with species NOT NULL (the 12 steps); ix_pet_name {how}."""
from edi_migrations.changes import ChangeConstraint

# no DropObject: declared, it satisfies EM102 either way, and the lint's message is the point
CHANGES = (ChangeConstraint("pet", "not null", column="species"),)


def upgrade(conn):
    {drop}
    conn.execute("CREATE TABLE _tmp_pet (id INTEGER PRIMARY KEY, name TEXT, species TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO _tmp_pet SELECT id, name, coalesce(species, '') FROM pet")
    conn.execute("DROP TABLE pet")
    conn.execute("ALTER TABLE _tmp_pet RENAME TO pet")
'''

HOW = {
    "dropped-first": ("dropped on purpose first", 'conn.execute("DROP INDEX ix_pet_name")'),
    "lost-by-the-rebuild": ("forgotten by the rebuild", "pass"),
}


@pytest.mark.parametrize("how", HOW, ids=HOW)
def test_em102_counts_the_indexes_the_table_held_when_the_rebuild_began(pytester, how):
    what, drop = HOW[how]
    folder = two_steps(pytester, PETS, REBUILD.format(how=what, drop=drop))
    result = run_matrix(
        pytester, folder, "-k", "test_migration_passes_the_lint", "--upgrade-path", "v1->v2"
    )
    if how == "dropped-first":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EM102*", "*rebuilding pet loses index ix_pet_name*"])
