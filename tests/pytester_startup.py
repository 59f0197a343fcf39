"""What each in-process pytester run would work out anew, worked out once per session.

Every ``pytest.main`` reads the installed distributions' metadata: their entry points (to
load plugins), their names and versions (for the header), and the file list of every one
with a ``pytest11`` entry point, to mark its packages for assertion rewriting (Faker's
alone lists 1,500 files). That was about 15 ms CPU per run, several hundred runs per
suite. The distributions installed do not change while the suite runs, so each is read
once, and the packages pytest marks are found once, by pytest's own code.

Pytester puts ``sys.modules`` back as it found it after each in-process run, so a module
first imported inside a run is imported again by the next, and the harness's package is
a plugin's, rewritten for assertions on its way in: its modules are imported once before
the first run (:func:`import_the_package`).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import pkgutil
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from _pytest.config import Config

import edi_migrations
from tests.fixture_scan_once import scan_plugins_once

FIND_PLUGIN_PACKAGES = Config._mark_plugins_for_rewrite
DISTRIBUTIONS = importlib.metadata.distributions


class _KeptDistribution(importlib.metadata.Distribution):
    """An installed distribution whose metadata and entry points are parsed once."""

    def __init__(self, dist: importlib.metadata.Distribution) -> None:
        self._dist = dist

    def read_text(self, filename: str) -> str | None:
        return self._dist.read_text(filename)

    def locate_file(self, path):
        return self._dist.locate_file(path)

    @functools.cached_property
    def metadata(self):  # type: ignore[override]
        return importlib.metadata.Distribution.metadata.fget(self)  # type: ignore[attr-defined]

    @functools.cached_property
    def entry_points(self):  # type: ignore[override]
        return importlib.metadata.Distribution.entry_points.fget(self)  # type: ignore[attr-defined]


@functools.cache
def _kept_distributions() -> tuple[_KeptDistribution, ...]:
    return tuple(_KeptDistribution(d) for d in DISTRIBUTIONS())


def _distributions(**query) -> Iterator[importlib.metadata.Distribution]:
    """All installed distributions, read once; a query (name, path) is asked anew."""
    return DISTRIBUTIONS(**query) if query else iter(_kept_distributions())


class _Recorder:
    """Stands in for the rewrite hook once: records the names pytest marks."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def mark_rewrite(self, *names: str) -> None:
        self.names.extend(names)


@functools.cache
def plugin_packages() -> tuple[str, ...]:
    """The packages pytest marks for rewriting when it autoloads plugins."""
    recorder = _Recorder()
    FIND_PLUGIN_PACKAGES(SimpleNamespace(pluginmanager=SimpleNamespace()), recorder, False)
    return tuple(recorder.names)


def _mark_known_plugin_packages(self: Config, hook, disable_autoload: bool) -> None:
    if disable_autoload:  # pytest then marks none: let it say so itself
        FIND_PLUGIN_PACKAGES(self, hook, disable_autoload)
        return
    self.pluginmanager.rewrite_hook = hook
    hook.mark_rewrite(*plugin_packages())


def start_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test: runs read the distributions, find the plugin packages
    and each unchanged plugin's fixtures (tests/fixture_scan_once.py) as the first run
    did."""
    monkeypatch.setattr(importlib.metadata, "distributions", _distributions)
    monkeypatch.setattr(Config, "_mark_plugins_for_rewrite", _mark_known_plugin_packages)
    scan_plugins_once(monkeypatch)


NOT_IMPORTED = frozenset({"edi_migrations.__main__"})  # runs the command line when imported


def import_the_package() -> None:
    """Every module of the harness's package, imported in this process before a pytester
    run takes its snapshot of ``sys.modules``: what a run imports lazily (the round-trip
    checks, the reproduce line, the readers of a migration's sources) then stays, with
    its memos, which are keyed by what they read (a file's bytes or stamps), never by a
    path alone. EDI's migrations are no modules of it (their folder is no package): the
    runner loads them from their files at every run."""
    prefix = f"{edi_migrations.__name__}."
    for module in pkgutil.walk_packages(edi_migrations.__path__, prefix):
        if module.name not in NOT_IMPORTED:
            importlib.import_module(module.name)
