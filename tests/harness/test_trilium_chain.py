"""A real chain, ported: Trilium Notes' migrations 183 to 228, the SQL verbatim and the
JavaScript migrations as Python (``tests/trilium_app/README.md``).

One run of three paths pins what the port found. The jump from 183 passes: it crosses
every step the harness once got wrong there (192 makes the sync log anew, 210 erases the
rows earlier steps marked deleted, two tables under one condition, 218 copies the
revisions after 213 saved some, 220 stamps the image notes' branches and attributes under
one condition, 228 recomputes the revisions' blob ids), each a false alarm until fixed. The
two true findings still fail, each with upstream's own error: 216 on a note without a
content row, 224 on a UNIQUE blob id of a database a 0.61 beta last opened. The full
matrix is the bench's (``bench/bench_ported_chain.py trilium``).
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


def test_the_declared_jump_passes_and_the_two_findings_fail(pytester, trilium):
    paths = ("v1->v46", "v33->v34", "v34->v46")
    selected = [arg for path in paths for arg in ("--upgrade-path", path)]
    result = run_matrix(pytester, trilium, "-k", "test_upgrade_path", *selected)
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines_random(
        [
            "*v33-0.db: migration 0034_v216_move_content_into_blobs failed*"
            "BlobIds were not filled correctly in notes*",
            "*v34-0.db: migration 0042_v224_fix_blob_ids failed*"
            "UNIQUE constraint failed: blobs.blobId*",
        ]
    )
