"""A real public chain, ported: Actual Budget's SQLite migrations, its base schema and 48
migrations up to ``1759842823172``.

``tests/actual_app/migrations`` holds Actual's (MIT) ``init.sql`` and
``packages/loot-core/migrations/*.sql`` files, one migration each, and its four
JavaScript migrations as Python doing the same (see ``tests/actual_app/README.md``).
Changes are declared only where upstream means them: a retired table, column, views and
constraint, spreadsheet cells thrown away and renamed, columns filled and recomputed, a
report's category selection moved into its JSON filters.

The whole chain passes its default matrix: a jump from the base schema to head and the
steps across the JSON rewrite and the spreadsheet's cells pass here, and a declaration
taken away fails, naming the column. The whole default matrix is a bench row
(``bench/bench_ported_chain.py actual``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

# the budget cells renamed (0006), the cache copied into tables (0016), the report
# selections moved into JSON filters (0035)
STEPS = ("v5->v6", "v15->v16", "v34->v35")


@pytest.fixture
def actual(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: Actual records each migration it ran and never runs one twice)."""
    ported_project("actual", pytester.path)
    return pytester.path / "migrations"


def test_the_port_passes_a_jump_to_head_and_its_data_migrations(pytester, actual):
    paths = [a for p in ("v1->v49", *STEPS) for a in ("--upgrade-path", p)]
    result = run_matrix(pytester, actual, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=1 + len(STEPS))


def test_the_json_rewrite_undeclared_fails_naming_the_column(pytester, actual):
    """The declaration is what the harness holds the Python port to: without it, the
    filters appended to reports' ``conditions`` are undeclared changes."""
    moved = actual / "0035_reports_move_selected_categories.py"
    moved.write_text(moved.read_text().replace("CHANGES = (", "NOT_DECLARED = ("))
    result = run_matrix(pytester, actual, "-k", "test_upgrade_path", "--upgrade-path", "v34->v35")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*custom_reports.conditions*"])
