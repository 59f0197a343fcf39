"""Rows a migration deletes on purpose are declared ``DeleteRows(table, where=...)``.

Kanboard drops settings it no longer reads (``DELETE FROM settings WHERE
option='subtask_forecast'``): no quarantine keeps them, and they are not lost by mistake.
Declared with the condition they meet (SQL over the row before the path), those rows
may be gone; a row the condition does not name, gone as well, still fails as lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

SETTINGS = '''"""Key/value settings, two of them written by the migration itself."""


def upgrade(conn):
    conn.execute("CREATE TABLE settings (option TEXT PRIMARY KEY, value TEXT DEFAULT '')")
    conn.execute("INSERT INTO settings VALUES ('subtask_forecast', '0')")
    conn.execute("INSERT INTO settings VALUES ('board_columns', 'Backlog, Ready, Done')")
'''

FORECAST = "option = 'subtask_forecast'"

DECLARED = f"""
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("settings", where={FORECAST!r}),)


def upgrade(conn):
    conn.execute("DELETE FROM settings WHERE {FORECAST}")
"""

UNDECLARED = f"""
def upgrade(conn):
    conn.execute("DELETE FROM settings WHERE {FORECAST}")
"""

ONE_MORE = (
    DECLARED
    + """    conn.execute("DELETE FROM settings WHERE option = 'board_columns'")
"""
)


def run_step(pytester, second: str) -> pytest.RunResult:
    folder: Path = first_migration(pytester, SETTINGS, name="settings")
    add_migration(folder, "drop_forecast", second)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_setting_deleted_as_declared_passes(pytester):
    run_step(pytester, DECLARED).assert_outcomes(passed=1)


def test_the_same_deletion_undeclared_fails_naming_the_row(pytester):
    result = run_step(pytester, UNDECLARED)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*settings rowid *: row lost (option=text 'subtask_forecast'*"
            'DeleteRows("settings", where="...")*'
        ]
    )


def test_a_row_the_declaration_does_not_name_still_fails_as_lost(pytester):
    result = run_step(pytester, ONE_MORE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*settings rowid *: row lost (option=text 'board_columns'*"])
    assert "row lost (option=text 'subtask_forecast'" not in result.stdout.str()
