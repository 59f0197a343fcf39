"""A real TypeScript chain, ported: Signal Desktop's SQLite migrations v1 to v84
(``db.exec`` SQL and TypeScript loops over rows and JSON), ``tests/signal_app/README.md``.

``updateToSchemaVersion20`` gives every conversation a UUID; for a group member with no
private conversation it runs an ``UPDATE`` with a comma before ``WHERE``, a syntax error
that fails the step. The app's rows (``app_writes`` of ``0001``) always hold such a member,
so the path fails on every seed; one path keeps this spec short. The matrix's other results
are in the bench (``bench/bench_ported_chain.py signal``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def signal(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("signal", pytester.path)
    return pytester.path / "migrations"


def test_a_group_member_without_a_conversation_fails_version_20(pytester, signal):
    result = run_matrix(
        pytester, signal, "-k", "test_upgrade_path", "--upgrade-path", "v19->v20"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*0020_stable_conversation_ids failed at statement: UPDATE conversations SET json*"
         "syntax error*"]
    )
