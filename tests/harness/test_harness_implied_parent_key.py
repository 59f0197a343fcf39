"""A foreign key written without its parent's columns (``REFERENCES owners``) names the
parent's primary key: rebuilt so (Uptime Kuma's ``patch1.sql`` writes ``references user``
where its template wrote ``REFERENCES "user"("id")``), it is the same key. It failed as a
changed constraint ("references owners () ..."); an action the rebuild really changes
still fails."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

OWNERS = '''"""Owners and their pets, each pet's owner named by its id."""


def upgrade(conn):
    conn.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(
        "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT,"
        " owner_id INTEGER REFERENCES owners (id) ON DELETE CASCADE)"
    )
'''

REBUILD = '''"""Pets rebuilt, the owner's key written without its columns."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE pets_new (id INTEGER PRIMARY KEY, name TEXT,"
        " owner_id INTEGER REFERENCES owners ON DELETE {action})"
    )
    conn.execute("INSERT INTO pets_new SELECT id, name, owner_id FROM pets")
    conn.execute("DROP TABLE pets")
    conn.execute("ALTER TABLE pets_new RENAME TO pets")
'''


def run_step(pytester, action: str) -> pytest.RunResult:
    folder = first_migration(pytester, OWNERS, name="owners")
    add_migration(folder, "pets_rebuilt", REBUILD.replace("{action}", action))
    args = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_matrix(pytester, folder, "-o", "edi_migrations_rerun_check=false", *args)


def test_the_key_written_without_its_columns_is_the_same_key(pytester):
    run_step(pytester, "CASCADE").assert_outcomes(passed=1)


def test_an_action_the_rebuild_changes_still_fails(pytester):
    result = run_step(pytester, "SET NULL")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*table pets: foreign key on owner_id changed*on delete CASCADE*on delete SET NULL*"]
    )
