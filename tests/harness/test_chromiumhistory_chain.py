"""A real C++ chain, ported: Chromium's History database versions 57 to 69, each
``if (cur_version == N)`` block of ``HistoryDatabase::EnsureCurrentVersion()`` with its SQL
verbatim (``tests/chromiumhistory_app/README.md``).

``kCompatibleVersionNumber`` is 16 and no block from 17 on records another compatible
version, so every ported step says ``KEEPS_PREVIOUS_APP``: the build one version back
starts on the file it upgraded. The harness holds each claim to that start and to the
older app's statements; it holds for every step but block 67 (to 68), which drops
``typed_url_sync_metadata`` that the version-67 build's schema still has (upstream relies on
that build's ``Init()`` making the table again). The full matrix is the bench's
(``bench/bench_ported_chain.py chromiumhistory``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.harness.previous_start import start_refusal
from edi_migrations.runner.api import init
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.sqlite.dbapi import sqlite3
from tests.ported_projects import ported_project


@pytest.fixture
def history(tmp_path) -> Path:
    """The port's migrations, copied out as its users would hold them."""
    return ported_project("chromiumhistory", tmp_path / "project") / "migrations"


def test_the_v60_build_starts_on_the_autoincrement_copy_and_writes_its_clusters(tmp_path, history):
    db = tmp_path / "History"
    init(db, to=5, migrations_dir=history)

    assert start_refusal(db, load_migrations(history), 5) is None
    conn = sqlite3.connect(db)
    try:
        with conn:
            # the four columns 60's copy reads, as the version-60 build writes a cluster
            cursor = conn.execute(
                "INSERT INTO clusters(should_show_on_prominent_ui_surfaces,label,raw_label,"
                "triggerability_calculated) VALUES (1, 'Trip', 'trip', 0)"
            )
        row = conn.execute(
            "SELECT label, originator_cache_guid, originator_cluster_id FROM clusters "
            "WHERE cluster_id = ?",
            (cursor.lastrowid,),
        ).fetchone()
    finally:
        conn.close()
    assert row == ("Trip", "", 0)


def test_the_v67_build_finds_the_typed_url_metadata_gone(tmp_path, history):
    db = tmp_path / "History"
    init(db, to=12, migrations_dir=history)

    refusal = start_refusal(db, load_migrations(history), 12)

    assert refusal is not None
    assert "0012_v68_remove_typed_url_metadata says v11 apps keep working" in refusal
    assert "table typed_url_sync_metadata is missing" in refusal
