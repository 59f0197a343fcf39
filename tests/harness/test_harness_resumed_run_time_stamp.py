"""A step that stamps the time it ran into rows it adds, undeclared: resumed and
uninterrupted runs differ in that column, and the evidence says what to declare.

Home Assistant's recorder adds a ``schema_changes`` row per version, its ``changed`` the
time the step ran. Upgraded one step at a time, then in one call, the stamps differ; the
harness listed the differing rows and nothing more, leaving the author to guess that
``MigrationTime`` is what two correct runs differing there means. Declared, the path
passes. On a small log chain, not the recorder's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

LOG = '''"""A log of the versions the app reached."""


def upgrade(conn):
    conn.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, version INT, at TEXT)")
    conn.execute("INSERT INTO log (version, at) VALUES (1, '2020-01-01 00:00:00.000000')")
'''


def stamp(version: int, declared: bool) -> str:
    """A step adding its row to ``log``, stamped with the time it ran."""
    time = ', MigrationTime("log", "at")' if declared else ""
    return f'''
from datetime import UTC, datetime

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (AddRows("log"){time},)


def upgrade(conn):
    at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute("INSERT INTO log (version, at) VALUES (?, ?)", ({version}, at))
'''


@pytest.mark.parametrize("declared", [True, False], ids=["declared", "undeclared"])
def test_a_time_stamp_differing_between_runs_names_the_declaration(pytester, declared):
    folder = first_migration(pytester, LOG)
    add_migration(folder, "two", stamp(2, declared))
    add_migration(folder, "three", stamp(3, declared))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1=>v3")
    if declared:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*resumed equals uninterrupted*",
            "*table log: 2 row(s) changed in column at*",
            '*log.at holds times that differ between the two runs*MigrationTime("log", "at")*',
        ]
    )
