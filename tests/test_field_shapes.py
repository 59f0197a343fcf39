"""Every field shape of a v1 database, upgraded with the real CLI, reaches head intact."""

from __future__ import annotations

from edi_migrations import current_version, load_migrations
from edi_migrations.dbapi import sqlite3
from edi_migrations.harness.invariants.compare import check_path, declared_between, snapshot
from tests.support import run_cli

HEAD = len(load_migrations())
CHILD_TABLES = {"prompts", "entities", "validations", "user_feedback", "processing_logs"}


def test_upgrade_reaches_head_keeping_every_row_and_value(field_database):
    before = snapshot(field_database)
    result = run_cli("upgrade", field_database)
    assert result.returncode == 0, result.stderr
    assert current_version(field_database) == HEAD
    after = snapshot(field_database)
    check_path(
        f"{field_database.name}->v{HEAD}",
        before,
        after,
        declared_between(load_migrations(), 1, HEAD),
    )


def test_upgraded_database_verifies_clean(field_database):
    run_cli("upgrade", field_database, "--no-backup")
    result = run_cli("verify", field_database)
    assert result.returncode == 0, result.stdout + result.stderr


def test_orphans_are_quarantined_not_lost(field_database):
    with sqlite3.connect(field_database) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        orphans = sum(
            conn.execute(
                f"SELECT count(*) FROM {t} WHERE session_id IS NULL "
                f"OR session_id NOT IN (SELECT id FROM sessions)"
            ).fetchone()[0]
            for t in CHILD_TABLES & tables
        )
    assert orphans > 0
    run_cli("upgrade", field_database, "--no-backup")
    with sqlite3.connect(field_database) as conn:
        quarantined = conn.execute("SELECT count(*) FROM orphaned_rows").fetchone()[0]
    assert quarantined == orphans


def test_backfills_never_overwrite_a_value_already_there(field_database):
    with sqlite3.connect(field_database) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        held = (
            conn.execute(
                "SELECT id, processing_time, model_version FROM sessions "
                "WHERE processing_time IS NOT NULL OR model_version IS NOT NULL"
            ).fetchall()
            if {"processing_time", "model_version"} <= columns
            else []
        )
    run_cli("upgrade", field_database, "--no-backup")
    with sqlite3.connect(field_database) as conn:
        for sid, processing_time, model_version in held:
            row = conn.execute(
                "SELECT processing_time, model_version FROM sessions WHERE id = ?", (sid,)
            ).fetchone()
            assert row[0] == (processing_time if processing_time is not None else 0.0)
            assert row[1] == (model_version if model_version is not None else "v1_default")


def test_upgrading_again_changes_nothing(field_database):
    run_cli("upgrade", field_database, "--no-backup")
    first = field_database.read_bytes()
    result = run_cli("upgrade", field_database, "--no-backup")
    assert "nothing to do" in result.stdout
    assert field_database.read_bytes() == first
