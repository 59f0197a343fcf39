"""grocy's ``0095`` on the seeds whose data shows what it does to its stock views.

``0095`` fills ``stock.location_id`` from the product (declared) and redefines
``stock_current_locations``: it joined ``products`` and read
``IFNULL(s.location_id, p.location_id)``; now it joins ``locations`` (for their names).
grocy declares no foreign keys, so a stock row may name a product or location that has
no row: such a row leaves the view or enters it, on the seeds whose data holds one
(``tests/grocy_app/README.md``). The fill itself is no finding: the view counting opened
stock by ``location_id`` reads the filled value, as the replayed fill says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def grocy(pytester) -> Path:
    ported_project("grocy", pytester.path)
    return pytester.path / "migrations"


def run_0095(pytester: pytest.Pytester, grocy: Path, seed: int, rows: int) -> pytest.RunResult:
    paths = ("--upgrade-path", "v94->v95", "--migrations-seed", str(seed))
    return run_matrix(pytester, grocy, "-k", "test_upgrade_path", *paths, "--matrix-rows", str(rows))


def test_stock_of_a_product_without_a_row_enters_the_redefined_view(pytester, grocy):
    result = run_0095(pytester, grocy, 2004419482, 25)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*view stock_current_locations: 0 row(s) gone, 1 new*"])


def test_stock_at_a_location_without_a_row_leaves_it_and_the_fill_is_read(pytester, grocy):
    result = run_0095(pytester, grocy, 1, 60)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*view stock_current_locations: 1 row(s) gone, 0 new*"])
    result.stdout.no_fnmatch_line("*stock_current_location_content*")
