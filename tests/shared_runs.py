"""One pytester run that several specs of a module start from.

Specs that make the same project and run it with the same options before each goes its
own way (a cold run, then an edit and a warm run; snapshots written, then one edited)
paid for that run once each. The first spec of a module (on each xdist worker) to ask
makes the project and runs it in its own pytester folder, as it did alone, and a copy of
the folder as the run left it (its cache and written files included) is kept for the
module; each later spec gets that copy in its own pytester folder and the same result to
assert on, then edits its own copy. A project that a spec changes before the run is
another run, never this one.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest


@dataclass(frozen=True)
class KeptRun:
    """What a run printed, and a copy of its project as the run left it."""

    result: pytest.RunResult
    tree: Path


@dataclass(frozen=True)
class SharedRuns:
    """The runs a module's specs share, by name; kept under ``root``."""

    root: Path
    kept: dict[str, KeptRun] = field(default_factory=dict)

    def run_once(
        self,
        name: str,
        pytester: pytest.Pytester,
        make_and_run: Callable[[pytest.Pytester], pytest.RunResult],
    ) -> pytest.RunResult:
        """``pytester``'s project as ``make_and_run`` leaves it, and that run's result: run
        in this project the first time ``name`` is asked for, a copy of it after."""
        kept = self.kept.get(name)
        if kept is None:
            result = make_and_run(pytester)
            tree = self.root / name
            shutil.copytree(pytester.path, tree, symlinks=True)
            self.kept[name] = KeptRun(result, tree)
            return result
        shutil.copytree(kept.tree, pytester.path, symlinks=True, dirs_exist_ok=True)
        return kept.result


@pytest.fixture(scope="module")
def shared_runs(tmp_path_factory: pytest.TempPathFactory) -> SharedRuns:
    """This module's shared runs (see the module's docstring)."""
    return SharedRuns(tmp_path_factory.mktemp("shared-runs"))
