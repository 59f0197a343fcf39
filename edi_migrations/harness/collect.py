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
from types import ModuleType

import pytest

from edi_migrations.harness import checks, settings

BUILTIN = frozenset(getattr(checks, name) for name in checks.__all__)


class BuiltinChecks(pytest.Module):
    """The built-in checks, at the migrations folder's place in the tree."""

    builtin_checks = True

    def _getobj(self) -> ModuleType:
        return checks


def builtin_module(session: pytest.Session) -> BuiltinChecks:
    folder = settings.require_migrations_dir(session.config)
    nodeid = os.path.relpath(folder, session.config.rootpath).replace(os.sep, "/")
    return BuiltinChecks.from_parent(session, path=folder, nodeid=nodeid, name=folder.name)


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
