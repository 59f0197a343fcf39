"""A declared expression's value is expected as its column stores it (the column's affinity).

darktable's film rolls (v27) replace a text date with ``strftime('%s', ...)`` in an
``access_timestamp INTEGER`` column: strftime gives text, the column stores an integer, as
any INSERT or UPDATE of that expression would. The harness compared the expression's raw
text with the stored integer and failed the path on every row. A value the column could not
have stored from the declared expression (another number) still fails, and so does text the
conversion changes ('007' stored as 7: ``test_harness_dirty_data.py``).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

VISITS = '''"""Visits, each at a text date."""


def upgrade(conn):
    conn.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, at TEXT)")
    conn.execute("INSERT INTO visits (at) VALUES ('2020-06-01 10:00:00')")
    conn.execute("INSERT INTO visits (at) VALUES ('2021-01-02 03:04:05')")
'''

DECLARED = """from edi_migrations.changes import Backfill

CHANGES = (Backfill("visits", "seconds", expression="strftime('%s', at)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE visits ADD COLUMN seconds INTEGER")
    conn.execute("UPDATE visits SET seconds = {value}")
"""


def run_step(pytester, value: str) -> pytest.RunResult:
    folder = first_migration(pytester, VISITS, name="visits")
    add_migration(folder, "visit_seconds", DECLARED.format(value=value))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_text_result_stored_as_an_integer_by_its_column_passes(pytester):
    run_step(pytester, "strftime('%s', at)").assert_outcomes(passed=1)


def test_a_value_the_expression_does_not_give_still_fails(pytester):
    result = run_step(pytester, "strftime('%s', at) + 1")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*visits.seconds*expected*strftime*"])
