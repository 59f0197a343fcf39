"""A real JavaScript-run SQL chain, ported: Uptime Kuma's SQLite template ``db/kuma.db``,
``patch1.sql`` to ``patch10.sql`` and the 44 files of ``patchList`` (MIT; see
``tests/uptimekuma_app/README.md``).

Its declared steps pass (the basic-auth method marked, the maintenance time slots dropped,
the Kafka options reset on purpose, the timeouts computed from the intervals). Two of
upstream's findings fail as they should: ``patch1.sql`` rebuilds the template's ``monitor``
without ``maxretries`` (and only that: its ``references user``, no columns, is the key the
template wrote out as ``user(id)``, no longer a changed constraint), and the last patch
writes a foreign key into ``monitor_tls_info``'s SQL over rows whose monitor was deleted
(the app left them behind). The full matrix is the bench's
(``bench/bench_ported_chain.py uptimekuma``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

DECLARED_STEPS = ("v30->v31", "v42->v43", "v52->v53", "v53->v54")


@pytest.fixture
def uptimekuma(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("uptimekuma", pytester.path)
    return pytester.path / "migrations"


def test_the_declared_steps_pass_and_upstreams_findings_fail(pytester, uptimekuma):
    paths = [a for p in (*DECLARED_STEPS, "v1->v2", "v54->v55") for a in ("--upgrade-path", p)]
    result = run_matrix(pytester, uptimekuma, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=len(DECLARED_STEPS), failed=2)
    result.stdout.fnmatch_lines(
        [
            "*column monitor.maxretries dropped, not declared*",
            "*0055_monitor_tls_info_add_fk left * new foreign-key violation(s)*rolled back*",
        ]
    )
    result.stdout.no_fnmatch_line("*foreign key on user_id changed*")
