"""A broken invariant's report: its path, invariant and evidence, not the harness's stack.

The harness's own stack is noise to the author of a migration (``--tb=long`` shows it).
The report is made here, before pytest's own: pytest would first format that stack (every
frame's arguments, the start and end databases among them: tens of milliseconds per
failure) only for it to be replaced by the evidence.
"""

from __future__ import annotations

import pytest

from edi_migrations.harness import budget
from edi_migrations.harness.invariants.declared_sql import UnrunnableDeclaration
from edi_migrations.harness.invariants.failure import InvariantFailure

PLUGIN = "edi-migrations-evidence-reports"


def evidence(item: pytest.Item, call: pytest.CallInfo) -> str | None:
    """The whole report of a failure that is a broken invariant or a statement past the
    budget, with the default traceback style; None for any other outcome."""
    if call.excinfo is None or item.config.option.tbstyle != "auto":
        return None
    error = call.excinfo.value
    if budget.interrupted_by_budget(error):  # past the budget outside a named step
        error = budget.StatementTimeout("a statement of the project's", budget.seconds())
    if isinstance(error, InvariantFailure | budget.StatementTimeout | UnrunnableDeclaration):
        return str(error)
    return None


class EvidenceReports:
    """Registered while a migrations folder is configured (the plugin's other hooks see
    the report it makes as they saw pytest's)."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo
    ) -> pytest.TestReport | None:
        message = evidence(item, call)
        if message is None:
            return None  # pytest's own report
        # pytest's report of the same phase as if it had passed (sections, keywords,
        # properties), then failed with the evidence as its whole text
        passed = pytest.CallInfo.from_call(lambda: None, when=call.when)
        report = pytest.TestReport.from_item_and_call(item, passed)
        report.outcome = "failed"
        report.longrepr = message
        report.duration, report.start, report.stop = call.duration, call.start, call.stop
        return report
