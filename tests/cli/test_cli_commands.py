"""The real ``edi-migrate`` command, run in a subprocess.

A state a spec only starts from (an upgraded database) is reached in process with the
library; the command the spec is about runs as the real CLI. The CLI's own upgrade is
the point of the upgrade specs here and of ``test_field_shapes.py``.
"""

from __future__ import annotations

import json
import os
import stat

from edi_migrations import current_version, init, upgrade
from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import add_v1_rows, run_cli


def test_init_then_status_reports_head_and_nothing_pending(db_path):
    assert run_cli("init", db_path).returncode == 0
    status = json.loads(run_cli("status", db_path, "--json").stdout)
    assert status["version"] == status["head"] == 3
    assert status["pending"] == [] and status["drift"] == []


def test_status_lists_pending_migrations_of_a_v1_database(v1_db):
    status = json.loads(run_cli("status", v1_db, "--json").stdout)
    assert status["version"] == 1
    assert status["pending"] == ["0002_session_metrics", "0003_referential_integrity"]


def test_upgrade_prints_each_step_and_the_backup(v1_db):
    result = run_cli("upgrade", v1_db)
    assert result.returncode == 0, result.stderr
    assert "0002_session_metrics: v1 -> v2" in result.stdout
    assert "0003_referential_integrity: v2 -> v3" in result.stdout
    assert ".v1." in result.stdout and "backup:" in result.stdout
    assert current_version(v1_db) == 3


def test_upgrade_to_an_intermediate_version(v1_db):
    assert run_cli("upgrade", v1_db, "--to", "2").returncode == 0
    assert current_version(v1_db) == 2


def test_downgrade_goes_back_to_the_requested_version(v1_db):
    upgrade(v1_db, backup=False)
    result = run_cli("downgrade", v1_db, "--to", "1", "--no-backup")
    assert result.returncode == 0, result.stderr
    assert current_version(v1_db) == 1


def test_history_lists_every_applied_migration(v1_db):
    upgrade(v1_db, backup=False)
    lines = run_cli("history", v1_db).stdout.splitlines()
    assert [line.split()[2] for line in lines] == [
        "0001_initial_schema",
        "0002_session_metrics",
        "0003_referential_integrity",
    ]


def test_verify_is_clean_after_upgrade(v1_db):
    upgrade(v1_db, backup=False)
    result = run_cli("verify", v1_db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok (v3)" in result.stdout


def test_verify_fails_on_orphans_of_a_v1_database(v1_db):
    result = run_cli("verify", v1_db)
    assert result.returncode == 1
    assert "foreign key: prompts rowid" in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_backup_is_private_and_never_overwritten(fresh_db, tmp_path):
    first = run_cli("backup", fresh_db).stdout.strip()
    second = run_cli("backup", fresh_db).stdout.strip()
    assert first != second
    for path in (first, second):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert ".v3." in path


def test_upgrade_puts_its_backup_in_the_folder_given_as_a_string(v1_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    outcome = upgrade(v1_db, backup_dir=str(folder))
    assert outcome.backup is not None and outcome.backup.parent == folder


def test_backup_to_an_existing_file_never_overwrites_it(fresh_db, tmp_path):
    target = tmp_path / "mine.backup"
    target.write_text("keep me")
    written = run_cli("backup", fresh_db, target).stdout.strip()
    assert target.read_text() == "keep me"
    assert written == f"{target}-1"


def test_restore_brings_back_the_backed_up_content(v1_db, tmp_path):
    saved = run_cli("backup", v1_db).stdout.strip()
    upgrade(v1_db, backup=False)
    result = run_cli("restore", saved, v1_db)
    assert result.returncode == 0, result.stderr
    assert "previous content" in result.stdout
    assert current_version(v1_db) == 1
    assert run_cli("status", v1_db).returncode == 0


def test_restore_refuses_a_backup_that_is_not_an_edi_database(fresh_db, tmp_path):
    bogus = tmp_path / "bogus.backup"
    with sqlite3.connect(bogus) as conn:
        conn.execute("CREATE TABLE invoices (id)")
    before = fresh_db.read_bytes()
    result = run_cli("restore", bogus, fresh_db)
    assert result.returncode == 1
    assert "are not this chain's" in result.stderr
    assert fresh_db.read_bytes() == before


def test_demo_builds_upgrades_and_verifies(tmp_path):
    result = run_cli("demo", tmp_path / "demo", "--sessions", "300")
    assert result.returncode == 0, result.stderr
    assert "300 sessions" in result.stdout
    assert "verify: ok" in result.stdout
    assert current_version(tmp_path / "demo" / "edi_demo.db") == 3


def test_new_writes_the_next_numbered_migration(migrations_copy, db_path):
    result = run_cli("--migrations-dir", migrations_copy, "new", "Add session tags")
    assert result.returncode == 0, result.stderr
    created = migrations_copy / "0004_add_session_tags.py"
    assert created.exists()
    assert "pytest --upgrade-path '*->v4*' --migrations-dir=" in result.stdout
    text = created.read_text()
    assert "def upgrade(conn" in text and "def downgrade(conn" in text and "CHANGES" in text


def test_init_at_v1_then_rows_then_upgrade_keeps_every_session(db_path):
    init(db_path, to=1)
    add_v1_rows(db_path)
    run_cli("upgrade", db_path, "--no-backup")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3
