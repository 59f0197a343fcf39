"""Backups: taken before any change, restorable, private, never overwritten, validated.

``test_cli_commands.py`` covers the ``backup`` command (0600, a second name) and a
restore of a rollback-journal database. Here: the backup ``upgrade`` takes when
its folder refuses it or is too small (nothing may be migrated then), a WAL
database's backup that must hold what lived only in the ``-wal`` file, two
upgrades keeping two backups, privacy under a permissive umask, and ``restore``
refusing backups that are not valid EDI databases.
"""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations import current_version, init
from edi_migrations.harness.dbstate import file_bytes, state_of
from edi_migrations.runner.backup import backup_database
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.faults.apps import crash_after_writing
from fixtures.faults.os_limits import read_only, run_cli_as_a_user
from tests.cli.test_cli_refusals import REFUSALS
from tests.reliability.test_reliability_bad_input import unused_page
from tests.support import run_cli

JOURNALS = {"rollback": "versioned", "wal": "wal"}


def clean_v2(path: Path, journal: str) -> Path:
    """A v2 database without orphans (so ``verify`` passes); in WAL mode its newest
    session lives only in the -wal file, as the app left it when it died."""
    init(path, to=2)
    with sqlite3.connect(path) as conn:
        if journal == "wal":
            conn.isolation_level = None  # journal mode changes outside a transaction only
            conn.execute("PRAGMA journal_mode = WAL")
            conn.isolation_level = ""
        for n in range(30):
            conn.execute(
                "INSERT INTO sessions (id, image_path, naive_prompt, status) "
                "VALUES (?, ?, ?, 'completed')",
                (f"s{n}", f"/img/{n}.jpg", f"edit {n} ✨"),
            )
            conn.execute(
                "INSERT INTO prompts (session_id, iteration, positive_prompt) VALUES (?, 0, ?)",
                (f"s{n}", f"prompt {n}"),
            )
    conn.close()
    crash_after_writing(
        path,
        "INSERT INTO sessions (id, image_path, naive_prompt) VALUES ('tail', '/t.jpg', 'newest')",
    )
    return path


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.backup*"))


@pytest.mark.parametrize("journal", JOURNALS)
def test_the_backup_of_an_upgrade_restores_the_database_as_it_was(journal, tmp_path):
    db = clean_v2(tmp_path / "edi.db", journal)
    if journal == "wal":
        assert file_bytes(db)["-wal"], "the newest session must live only in the -wal file"
    before = state_of(db)
    assert run_cli("upgrade", db, "--backup-dir", tmp_path).returncode == 0
    (backup,) = _backups(tmp_path)
    restored = run_cli("restore", backup, db)
    assert restored.returncode == 0, restored.stderr
    verified = run_cli("verify", db)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "ok (v2)" in verified.stdout
    assert state_of(db) == before


def test_two_upgrades_keep_two_backups_each_of_its_version(v1_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    assert run_cli("upgrade", v1_db, "--to", "2", "--backup-dir", folder).returncode == 0
    first = _backups(folder)
    first_bytes = first[0].read_bytes()
    assert run_cli("upgrade", v1_db, "--backup-dir", folder).returncode == 0
    both = _backups(folder)
    assert len(both) == 2 and first[0] in both
    assert first[0].read_bytes() == first_bytes
    assert [current_version(b) for b in both] == [1, 2]


def test_a_backup_folder_that_does_not_exist_yet_is_made_and_holds_the_backup(v1_db, tmp_path):
    folder = tmp_path / "backups" / "edi"
    assert run_cli("upgrade", v1_db, "--backup-dir", folder).returncode == 0
    (backup,) = _backups(folder)
    assert current_version(backup) == 1


def test_a_backup_named_like_an_existing_file_gets_another_name(v1_db, tmp_path):
    taken = tmp_path / "mine.backup"
    taken.write_text("a file of the user's")
    assert run_cli("upgrade", v1_db, "--backup-dir", taken).returncode == 0
    assert taken.read_text() == "a file of the user's"
    assert current_version(Path(f"{taken}-1")) == 1


def test_backups_are_private_even_under_a_permissive_umask(v1_db, tmp_path):
    script = "import os, sys; os.umask(0); from edi_migrations.cli.commands import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", script, "upgrade", str(v1_db), "--backup-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (backup,) = _backups(tmp_path)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not Path(f"{backup}-journal").exists()


BACKUP_FAILURES = ("read-only-folder", "too-small")


@pytest.mark.parametrize("journal", JOURNALS)
@pytest.mark.parametrize("failure", BACKUP_FAILURES)
def test_a_backup_that_cannot_be_written_migrates_nothing(
    failure, journal, v1_database, tmp_path, fault_figures
):
    db = v1_database(shape=JOURNALS[journal], sessions=60)
    folder = tmp_path / "backups"
    folder.mkdir()
    before = file_bytes(db)
    if failure == "read-only-folder":
        with read_only(folder):
            result = run_cli_as_a_user("upgrade", db, "--backup-dir", folder)
    else:  # a quota: no file may grow past half the database
        limit = db.stat().st_size // 2
        result = run_cli_as_a_user("upgrade", db, "--backup-dir", folder, file_size_limit=limit)
    identical = file_bytes(db) == before
    lines = result.stderr.strip().splitlines()
    clear = len(lines) == 1 and bool(re.search(r"backup to .* failed: .*; nothing was", lines[0]))
    fault_figures.record(
        "bad-input", input=f"backup folder {failure} ({journal})", identical=identical, clear=clear
    )
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert re.search(r"backup to .* failed: .*; nothing was migrated", lines[0]), lines[0]
    assert identical
    assert current_version(db) == 1
    assert not list(folder.iterdir()), "a partial backup was left behind"


INVALID_BACKUPS = {
    name: (REFUSALS[name][0], REFUSALS[name][1])
    for name in ("not-sqlite", "truncated", "empty-file", "newer-version", "index-dropped")
}
INVALID_BACKUPS["unused-page"] = (unused_page, "integrity_check failed")
# an empty backup is no backup: not the empty database `init` would fill
INVALID_BACKUPS["empty-file"] = (REFUSALS["empty-file"][0], "not a valid backup: an empty file")


@pytest.mark.parametrize("make, reason", INVALID_BACKUPS.values(), ids=INVALID_BACKUPS.keys())
def test_restore_refuses_an_invalid_backup_and_leaves_the_database_byte_identical(
    make, reason, fresh_db, tmp_path, fault_figures, request
):
    backup = make(tmp_path / "bad.backup")
    before = file_bytes(fresh_db)
    result = run_cli("restore", backup, fresh_db)
    identical = file_bytes(fresh_db) == before
    lines = result.stderr.strip().splitlines()
    fault_figures.record(
        "bad-input",
        input=f"restore of {request.node.callspec.id}",
        identical=identical,
        clear=len(lines) == 1 and reason in lines[0],
    )
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert reason in lines[0] and str(backup) in lines[0], lines[0]
    assert identical
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.backup", "edi.db"]


def test_a_rollback_journal_backup_is_the_files_bytes_while_a_writer_holds_its_changes(
    tmp_path,
):
    """Under the read lock the backup holds, no writer can change the file: the copy is
    the committed database byte for byte, not what a writer has not committed yet."""
    db = clean_v2(tmp_path / "edi.db", "rollback")
    committed = db.read_bytes()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # its changes wait in its cache and the -journal
    writer.execute("UPDATE prompts SET positive_prompt = 'uncommitted' || id")
    try:
        with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as source:
            saved = backup_database(source, db, 2, tmp_path / "backups.d")
        source.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert saved.read_bytes() == committed
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_a_wal_backup_holds_what_lives_only_in_the_wal_file(tmp_path):
    db = clean_v2(tmp_path / "edi.db", "wal")
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as source:
        saved = backup_database(source, db, 2, tmp_path)
    source.close()
    with sqlite3.connect(saved) as copy:
        assert copy.execute("SELECT naive_prompt FROM sessions WHERE id = 'tail'").fetchone()
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()
