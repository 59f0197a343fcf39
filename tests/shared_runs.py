"""One run (of pytester, of a command) that several specs of a module start from.

Specs that make the same project and run it with the same options before each goes its
own way (a cold run, then an edit and a warm run; snapshots written, then one edited; a
database made at a version, then refused) paid for that run once each. The first spec of
a module (on each xdist worker) to ask makes the project and runs it in its own folder
(its pytester folder, its tmp_path), as it did alone, and a copy of
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
from typing import Any, TypeVar

import pytest

T = TypeVar("T")


@dataclass(frozen=True)
class KeptRun:
    """What a run returned (a pytester result, a finished command), and a copy of its
    project as the run left it."""

    result: Any
    tree: Path


@dataclass(frozen=True)
class SharedRuns:
    """The runs a module's specs share, by name; kept under ``root``."""

    root: Path
    kept: dict[str, KeptRun] = field(default_factory=dict)

    def run_once(self, name: str, project: Path, make_and_run: Callable[[], T]) -> T:
        """``project`` as ``make_and_run`` leaves it (it makes and runs the project in that
        folder), and what it returned: run the first time ``name`` is asked for, copied
        after."""
        kept = self.kept.get(name)
        if kept is None:
            result = make_and_run()
            tree = self.root / str(len(self.kept))  # a name may hold any character
            shutil.copytree(project, tree, symlinks=True)
            self.kept[name] = KeptRun(result, tree)
            return result
        shutil.copytree(kept.tree, project, symlinks=True, dirs_exist_ok=True)
        return kept.result


@pytest.fixture(scope="module")
def shared_runs(tmp_path_factory: pytest.TempPathFactory) -> SharedRuns:
    """This module's shared runs (see the module's docstring)."""
    return SharedRuns(tmp_path_factory.mktemp("shared-runs"))
