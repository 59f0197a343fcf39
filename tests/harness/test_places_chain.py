"""A real C++ chain, ported: Firefox Places' schema 52 to 78, the SQL of each
``Database::MigrateVNNUp()`` verbatim and its probes as Python (``tests/places_app/README.md``).

53 deletes the item annotations but Sync's (and the names left unused) and 67 folds typed
inputs to lowercase keeping the largest count (new rows, counts raised, rows deleted): both
pass as declared. 70 adds only one flipped page's frecency to an origin holding two
(``UPDATE ... FROM`` takes one joined row per target), the upstream finding this spec keeps
in view. The full matrix is the bench's (``bench/bench_ported_chain.py places``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def places(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: the app's foreign keys)."""
    ported_project("places", pytester.path)
    return pytester.path / "migrations"


def test_the_annotations_and_the_inputs_steps_pass(pytester, places):
    paths = ("--upgrade-path", "v1->v2", "--upgrade-path", "v15->v16")
    result = run_matrix(pytester, places, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=2)


def test_the_origin_frecency_step_adds_one_page_of_two(pytester, places):
    result = run_matrix(pytester, places, "-k", "test_upgrade_path", "--upgrade-path", "v18->v19")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*moz_origins.frecency rowid 2: before integer 50, after integer 130*"]
    )
