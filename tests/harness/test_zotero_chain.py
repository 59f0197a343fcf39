"""A real JavaScript chain, ported: Zotero's userdata schema steps 80 to 129, the SQL
verbatim and the loops of ``_migrateUserDataSchema`` as Python
(``tests/zotero_app/README.md``).

Steps 126 and 127 each call ``_updateCompatibility``, whose ``REPLACE`` deletes the
``compatibility`` version row and inserts it again under a new rowid: on a jump over both,
127's declared recomputation was read where the row had left its start's rowid and
expected NULL, a false alarm. The jump passes now. The full matrix is the bench's
(``bench/bench_ported_chain.py zotero``); one path keeps this spec short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def zotero(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("zotero", pytester.path)
    return pytester.path / "migrations"


def test_the_compatibility_row_replaced_by_two_steps_of_one_jump(pytester, zotero):
    result = run_matrix(pytester, zotero, "-k", "test_upgrade_path", "--upgrade-path", "v43->v47")
    result.assert_outcomes(passed=1)
