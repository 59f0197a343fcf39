"""A full disk stops a migration cleanly: one line, and the version before the step.

Two honest ways to fill a disk: the migration's own connection capped at its
current size (``PRAGMA max_page_count``, set by the first statement of the capped
migration in a copied folder: SQLite then answers SQLITE_FULL exactly as on a full
disk), and the operating system refusing to let any file grow (``RLIMIT_FSIZE``:
writes fail with EFBIG, which SQLite reports as an I/O error). The uninterrupted run
each is compared with is recorded once per database content (``fault_recordings``).
"""

from __future__ import annotations

import re

import pytest

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes, state_of
from edi_migrations.harness.migration_folders import copy_migrations
from fixtures.faults.os_limits import limit_growth, run_cli_as_a_user
from fixtures.faults.state import comparable, journal_mode, same_files
from tests.support import run_cli

FULL = r"database or disk is full|disk I/O error"
SHAPES = {"rollback": "orphans", "wal": "wal+orphans"}
CAPS = {  # id: (version of the database, migration that runs out of room)
    "0002-of-v1->v3": (1, 2),
    "0003-of-v1->v3": (1, 3),  # 0002 committed first: the database stays at v2
    "0003-of-v2->v3": (2, 3),
}


def _refused_at(result, db, migration: str, version: int) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert str(db) in lines[0] and f"migration {migration}" in lines[0], lines[0]
    assert f"database still at v{version}" in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("journal", SHAPES)
@pytest.mark.parametrize("cap", CAPS)
def test_a_full_disk_fails_the_step_and_keeps_the_version_before_it(
    cap, journal, v1_database, fault_recordings, tmp_path
):
    version, capped = CAPS[cap]
    db = v1_database(shape=SHAPES[journal], sessions=100, version=version)
    expected = fault_recordings.of(db, f"disk-full-{journal}-v{version}")
    step = next(i for i, s in enumerate(expected.steps) if s.to_version == capped)
    folder = copy_migrations(tmp_path / "versions")
    limit_growth(folder, capped)
    before = file_bytes(db)
    result = run_cli("--migrations-dir", folder, "upgrade", db, "--no-backup")
    line = _refused_at(result, db, expected.steps[step].migration, capped - 1)
    assert re.search(FULL, line), line
    assert current_version(db) == capped - 1
    assert comparable(state_of(db), expected.times) == expected.boundaries[step]
    if journal == "rollback" and step == 0:
        assert same_files(before, file_bytes(db))


@pytest.mark.parametrize("journal", SHAPES)
def test_a_file_that_may_not_grow_fails_the_step_and_keeps_the_database(
    journal, v1_database, fault_recordings
):
    """RLIMIT_FSIZE at the database's size: neither it nor its journal may grow past it."""
    db = v1_database(shape=SHAPES[journal], sessions=100)
    expected = fault_recordings.of(db, f"disk-full-{journal}-v1")
    before = file_bytes(db)
    result = run_cli_as_a_user("upgrade", db, "--no-backup", file_size_limit=db.stat().st_size)
    line = _refused_at(result, db, expected.steps[0].migration, 1)
    assert re.search(FULL, line), line
    assert current_version(db) == 1
    assert comparable(state_of(db), expected.times) == expected.boundaries[0]
    if journal_mode(db) == "delete":
        assert same_files(before, file_bytes(db))
