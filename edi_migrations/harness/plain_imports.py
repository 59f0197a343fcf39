"""The harness's modules load through Python's own import system, not pytest's rewriting.

pytest rewrites the asserts of every top-level package of a distribution that declares a
``pytest11`` entry point, so each of the ~280 modules a run of the harness imports went
through its ``AssertionRewritingHook``: found twice, then its source read and hashed in
Python to check the cached rewrite (0.06-0.1 of the 1.3 CPU-s of a warm inner loop with
every verdict kept). None of them needs it: their asserts are internal invariants, and every
check's failure message is the harness's own (a schema snapshot's diff too). The checks'
module, whose functions are the tests a run collects, is left to pytest as any test
module is. A finder ahead of pytest's on ``sys.meta_path`` answers the other names with
``PathFinder``, as Python does without pytest; it answers no other package's names.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

PACKAGE = "edi_migrations."
LEFT_TO_PYTEST = frozenset({"edi_migrations.harness.checks"})


class PlainImports:
    """A ``sys.meta_path`` finder for the package's submodules (its ``__init__`` and the
    entry point's module are imported before any harness code runs)."""

    @staticmethod
    def find_spec(
        name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not name.startswith(PACKAGE) or name in LEFT_TO_PYTEST:
            return None
        return PathFinder.find_spec(name, path, target)


FINDER = PlainImports()


def install() -> None:
    """Put the finder first on ``sys.meta_path``, again in each run of the process: an
    in-process pytester run puts its own rewriting hook ahead of the outer run's finder
    (and restores the list it saved when it ends)."""
    if sys.meta_path and sys.meta_path[0] is FINDER:
        return
    if FINDER in sys.meta_path:
        sys.meta_path.remove(FINDER)
    sys.meta_path.insert(0, FINDER)
