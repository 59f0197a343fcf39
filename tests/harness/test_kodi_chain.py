"""A real C++ chain, ported: Kodi's video library (``MyVideosNNN.db``) schema 109 to 133,
each ``if (iVersion < N)`` block of ``CVideoDatabase::UpdateTables`` with its SQL verbatim
and its loops as Python (``tests/kodi_app/README.md``).

113 re-files plugin files under their re-split paths and 121 cuts a bogus year out of PVR
recordings' names: both pass as declared, as do 127 to 133's version types (128 deletes
an unused user type whose id 131's new type takes). 123 fails on a file holding two
movies (its ``videoversion`` key is the file), the upstream finding this spec keeps in
view. The full matrix is the bench's (``bench/bench_ported_chain.py kodi``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def kodi(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: Kodi never re-runs a step)."""
    ported_project("kodi", pytester.path)
    return pytester.path / "migrations"


def test_the_plugin_paths_the_recordings_and_the_version_types_pass(pytester, kodi):
    paths = ("--upgrade-path", "v4->v5", "--upgrade-path", "v12->v13", "--upgrade-path", "v19->v25")
    run_matrix(pytester, kodi, "-k", "test_upgrade_path", *paths).assert_outcomes(passed=3)


def test_the_video_versions_step_fails_on_a_file_holding_two_movies(pytester, kodi):
    result = run_matrix(
        pytester,
        kodi,
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v14->v15",
        "--matrix-rows",
        "60",
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0015_v123_video_versions failed at statement: INSERT INTO videoversion SELECT*"
            "UNIQUE constraint failed: videoversion.idFile*"
        ]
    )
