"""What each in-process pytester run would work out anew, worked out once per session.

Every ``pytest.main`` marks the installed plugins' packages for assertion rewriting by
reading the file list of every distribution that has a ``pytest11`` entry point (Faker's
alone lists 1,500 files): about 25 ms per run, several hundred runs per suite. The
distributions installed do not change while the suite runs, so the packages pytest
marks are found once, by pytest's own code, and each run marks that same list.
"""

from __future__ import annotations

import functools
from types import SimpleNamespace

import pytest
from _pytest.config import Config

FIND_PLUGIN_PACKAGES = Config._mark_plugins_for_rewrite


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


def find_plugin_packages_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test: runs mark the packages found for the first one."""
    monkeypatch.setattr(Config, "_mark_plugins_for_rewrite", _mark_known_plugin_packages)
