"""A real chain, ported: Trilium Notes' migrations 183 to 228, the SQL verbatim and the
JavaScript migrations as Python (``tests/trilium_app/README.md``).

The jump from 204 crosses what the port found the harness getting wrong: 210 erases the
rows earlier steps marked deleted (two tables under one condition), 218 copies the
revisions into a new table (numbering them again after 213 saved some), 220 stamps the
image notes' branches and attributes under one condition, and 228 recomputes the
revisions' blob ids. It passes. The full matrix is the bench's
(``bench/bench_ported_chain.py trilium``); one path keeps this spec short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def trilium(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("trilium", pytester.path)
    return pytester.path / "migrations"


def test_a_jump_over_the_revisions_copy_and_the_image_conversion(pytester, trilium):
    result = run_matrix(pytester, trilium, "-k", "test_upgrade_path", "--upgrade-path", "v22->v46")
    result.assert_outcomes(passed=1)
