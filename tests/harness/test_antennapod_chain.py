"""A real Android chain, ported: AntennaPod's podcast database (``Antennapod.db``) from
version 1 to 3030000, each ``if (oldVersion <= N)`` / ``< N`` block of ``DBUpgrader.upgrade``
with its SQL verbatim and its loops as Python (``tests/antennapod_app/README.md``).

8's loop gives each media row its item, 13 deletes duplicate chapters, 16 marks untouched
episodes new, 1050003 inverts every feed's list filters through intermediate values and
1060596 moves image URLs out of ``FeedImages`` before dropping it: all pass as declared. 2030000 loses
the show notes of an episode without a description (``length(NULL)`` is NULL, so its
``content_encoded`` is emptied, not moved), the upstream finding this spec keeps in view.
The full matrix is the bench's (``bench/bench_ported_chain.py antennapod``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def antennapod(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no block is re-run)."""
    ported_project("antennapod", pytester.path)
    return pytester.path / "migrations"


def test_the_loops_the_duplicate_chapters_the_filters_and_the_image_urls_pass(pytester, antennapod):
    steps = ("v8->v9", "v13->v14", "v16->v17", "v22->v23", "v25->v26")
    paths = [arg for step in steps for arg in ("--upgrade-path", step)]
    run_matrix(pytester, antennapod, "-k", "test_upgrade_path", *paths).assert_outcomes(passed=5)


def test_the_description_step_loses_the_notes_of_an_episode_without_a_description(
    pytester, antennapod
):
    result = run_matrix(
        pytester, antennapod, "-k", "test_upgrade_path", "--upgrade-path", "v31->v32"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*FeedItems.description rowid *: before null None, after null None (expected text*"]
    )
