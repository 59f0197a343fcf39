"""Add the built-in checks to a run, as if the project had a test file holding them.

A folder of migrations and nothing else is a complete test project: the checks of
:mod:`edi_migrations.harness.checks` join the session's collection as one module node
standing at the migrations folder (``migrations::test_upgrade_path[v1->v3]``), so the
collected count, ``-k``, ``--lf`` and ``--ff`` treat them as any other test. A project that
imports them into a test file of its own (``from edi_migrations.harness.checks import *``)
gets them there instead, once.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

from edi_migrations.harness import checks, settings
from edi_migrations.harness.matrix import PARAMETERS

BUILTIN = frozenset(getattr(checks, name) for name in checks.__all__)
# What a test file must name to hold a path test: a matrix parameter, or the checks.
PATH_TEST_MARKS = (*sorted(PARAMETERS), "harness.checks", "harness import checks")


class BuiltinChecks(pytest.Module):
    """The built-in checks, at the migrations folder's place in the tree."""

    builtin_checks = True

    def _getobj(self) -> ModuleType:
        return checks


def builtin_module(session: pytest.Session) -> BuiltinChecks:
    folder = settings.require_migrations_dir(session.config)
    nodeid = builtin_nodeid(session.config)
    return BuiltinChecks.from_parent(session, path=folder, nodeid=nodeid, name=folder.name)


def builtin_nodeid(config: pytest.Config) -> str:
    """The checks' module id: the migrations folder from the rootdir (``migrations``)."""
    folder = settings.require_migrations_dir(config)
    return os.path.relpath(folder, config.rootpath).replace(os.sep, "/")


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    report = yield
    if isinstance(collector, pytest.Session) and settings.builtin_checks_wanted(collector.config):
        report.result.append(builtin_module(collector))
    return report


def drop_duplicates(items: list[pytest.Item]) -> None:
    """The project's own test file imports the checks: run them there only."""
    imported = any(
        getattr(item, "function", None) in BUILTIN and not _is_builtin(item) for item in items
    )
    if imported:
        items[:] = [item for item in items if not _is_builtin(item)]


def _is_builtin(item: pytest.Item) -> bool:
    return getattr(item.parent, "builtin_checks", False)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With ``--upgrade-path`` and no test files named, skip importing a test file that
    cannot hold a path test (it names no matrix parameter and imports no check): its tests
    would all be deselected, after importing what they need (Hypothesis alone is ~1.5 s)."""
    if not config.getoption("upgrade_path", default=None) or not settings.active(config):
        return None
    if config.args_source == pytest.Config.ArgsSource.ARGS or collection_path.suffix != ".py":
        return None
    if collection_path.name == "conftest.py" or not collection_path.name.startswith("test"):
        return None
    return not can_hold_path_tests(collection_path.read_text(encoding="utf-8", errors="replace"))


def can_hold_path_tests(source: str) -> bool:
    """Whether a test file's source names a matrix parameter or imports the checks."""
    return any(mark in source for mark in PATH_TEST_MARKS)
