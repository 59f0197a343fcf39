"""A seed sweep of the pytester specs (``--edi-seed N`` on the outer run, many seeds).

CI draws a fresh seed every run, and the outer run's seed is the only thing a red run
prints: ``--edi-seed N`` must give every inner run of a spec the same data again. Specs
that start their inner run themselves (a project's own cache, a subprocess, a configured
project) did not pass it on: with ``-p no:cacheprovider`` each inner run drew a seed of
its own, and without it the day's seed of pytester's fresh folder, new every run. A
failure there could not be reproduced from the outer seed. They take it now
(``outer_seed``); each runner of theirs is proven here to draw the outer run's seed,
beside ``run_matrix``, which always did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.harness.test_harness_misses_round_eleven import own_cache
from tests.harness.test_harness_neutral_surfaces import run as neutral_surfaces_run
from tests.harness.test_path_focus import run as path_focus_run
from tests.harness_projects import INNER, run_matrix
from tests.newcomer_chains import STEP, two_steps

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''

INDEX = """
def upgrade(conn):
    conn.execute("CREATE INDEX notes_body ON notes (body)")
"""


RUNNERS: dict[str, Callable[[pytest.Pytester, Path], pytest.RunResult]] = {
    "run_matrix": lambda pytester, folder: run_matrix(pytester, folder, *STEP),
    "own-cache": own_cache,
    "neutral-surfaces": lambda pytester, folder: neutral_surfaces_run(pytester, folder, *STEP),
    "path-focus": lambda pytester, folder: path_focus_run(pytester, "-k", "test_upgrade_path"),
}


@pytest.mark.parametrize("runner", RUNNERS.values(), ids=RUNNERS.keys())
def test_an_inner_run_a_spec_starts_draws_the_outer_runs_seed(pytester, runner):
    result = runner(pytester, two_steps(pytester, NOTES, INDEX))
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([f"migrations-seed: {INNER[0].seed} (reproduce with*"])
