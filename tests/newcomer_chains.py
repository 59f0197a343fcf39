"""Two-step chains for the newcomer specs (``tests/harness/test_newcomer_*.py``): a first
migration written whole, a second one to judge, and the runs each spec makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def two_steps(pytester: pytest.Pytester, first: str, second: str) -> Path:
    """``migrations/0001_first.py`` holding ``first`` (a whole module) and
    ``0002_second.py`` holding ``second`` (its code after the docstring)."""
    folder = first_migration(pytester, first, name="first")
    add_migration(folder, "second", second)
    return folder


def passes_the_default_matrix(
    pytester: pytest.Pytester, folder: Path, *more: str
) -> pytest.RunResult:
    """The whole default matrix, snapshots recorded first: every check passes."""
    result = run_matrix(pytester, folder, "--snapshot-update", *more)
    assert result.ret == 0, result.stdout.str()
    return result


def step_fails_showing(
    pytester: pytest.Pytester, folder: Path, lines: list[str], *more: str
) -> None:
    """The path v1->v2 fails, its report showing ``lines`` in order."""
    result = run_matrix(pytester, folder, *STEP, *more)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(lines)
