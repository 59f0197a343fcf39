"""A real Rust chain, ported: Vaultwarden's Diesel SQLite migrations, each ``up.sql`` and
``down.sql`` verbatim, 56 versions (``tests/vaultwarden_app/README.md``).

``create_users_ciphers`` (v2 -> v3) renames ``ciphers`` away to ``oldCiphers``: from
SQLite 3.26 that points ``attachments``' foreign key at the copy it then drops, which
upstream repaired in ``update_attachments_reference`` (v5, declared). The matrix's other
findings are in the bench (``bench/bench_ported_chain.py vaultwarden``); one path keeps this spec
short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the attachments are drawn rows


@pytest.fixture
def vaultwarden(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check, the
    app's foreign keys on)."""
    ported_project("vaultwarden", pytester.path)
    return pytester.path / "migrations"


def test_renaming_ciphers_away_leaves_attachments_pointing_at_the_dropped_copy(
    pytester, vaultwarden
):
    result = run_matrix(
        pytester, vaultwarden, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3", *SEED
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0003_create_users_ciphers left * new foreign-key violation(s) (attachments rowid *"
            " -> oldCiphers*"
        ]
    )
