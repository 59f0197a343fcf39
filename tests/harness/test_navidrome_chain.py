"""A real Go chain with goose, ported: Navidrome's first 40 migrations (SQL strings run
by Go functions, and Go loops over rows), ``tests/navidrome_app/README.md``.

Its ``referential_integrity`` rebuild of ``player`` (v19 -> v20) leaves out the foreign
key on ``transcoding_id`` the table had since v6: a schema finding, whatever rows are
drawn. (``add_artist_playlist_size``'s ``sum`` overflowed on the drawn 64-bit bounds:
its harness fixes are proven on chains of their own,
``tests/harness/test_harness_declaration_failing_with_its_migration.py`` and
``tests/harness/test_harness_unreadable_views.py``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def navidrome(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("navidrome", pytester.path)
    return pytester.path / "migrations"


def test_the_referential_integrity_rebuild_drops_the_players_transcoding_key(pytester, navidrome):
    result = run_matrix(
        pytester, navidrome, "-k", "test_upgrade_path", "--upgrade-path", "v19->v20"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table player: foreign key on transcoding_id removed*"])
