"""A rebuild that retypes a column within its affinity (``TIMESTAMP`` to ``DATETIME``, both
NUMERIC: Uptime Kuma's ``patch1.sql``) and that a later step stamps anew (its ``patch5.sql``
copies every column but ``created_date``) fails on the stamped values. The failure named
the retype as their cause and asked for ``ChangeType``, which cannot change a value stored
under the same affinity and would not pass: the hint is left out there, and kept where the
new type's affinity does change values."""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

CHECKS = '''"""Checks, each with the time it was made."""


def upgrade(conn):
    conn.execute("CREATE TABLE checks (id INTEGER PRIMARY KEY, name TEXT, made TIMESTAMP)")
'''

REBUILD = '''"""Checks rebuilt, ``made`` retyped and left out of the copy: the rebuild stamps it."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE checks_new (id INTEGER PRIMARY KEY, name TEXT,"
        " made {type} DEFAULT (DATETIME('now')) NOT NULL)"
    )
    conn.execute("INSERT INTO checks_new (id, name) SELECT id, name FROM checks")
    conn.execute("DROP TABLE checks")
    conn.execute("ALTER TABLE checks_new RENAME TO checks")
'''


def run_step(pytester, new_type: str) -> pytest.RunResult:
    folder = first_migration(pytester, CHECKS, name="checks")
    add_migration(folder, "checks_rebuilt", REBUILD.replace("{type}", new_type))
    args = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_matrix(pytester, folder, "-o", "edi_migrations_rerun_check=false", *args)


def test_a_retype_within_the_affinity_is_not_named_as_the_cause(pytester):
    result = run_step(pytester, "DATETIME")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*checks.made rowid *after text*"])
    result.stdout.no_fnmatch_line("*ChangeType*")


def test_a_retype_to_another_affinity_still_names_its_change_type(pytester):
    result = run_step(pytester, "TEXT")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ['*column checks.made: type TIMESTAMP -> TEXT changed * value(s)*ChangeType("checks"*']
    )
