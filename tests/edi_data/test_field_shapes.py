"""Every field shape of a v1 database, upgraded with the real CLI, reaches head intact.

Each shape is upgraded once (``upgraded``, one per shape and xdist worker) and every
spec reads that result; the facts the specs compare against are read from the v1 file
before the upgrade. A spec that writes works on a copy.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations import current_version, load_migrations
from edi_migrations.harness.invariants.compare import (
    Snapshot,
    check_path,
    declared_between,
    snapshot,
)
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.database_fixtures import DatabaseFactory
from fixtures.edi.shapes import FIELD_SHAPES
from fixtures.faults.state import copy_files
from tests.support import run_cli

HEAD = len(load_migrations())
CHILD_TABLES = {"prompts", "entities", "validations", "user_feedback", "processing_logs"}


@dataclass(frozen=True)
class Upgraded:
    """One shape's database after ``edi-migrate upgrade``, and what it held before."""

    db: Path  # shared by the shape's specs: read it, or copy it before writing
    result: subprocess.CompletedProcess
    before: Snapshot
    orphans: int  # child rows whose session is NULL or missing
    held: tuple[tuple[str, object, object], ...]  # (id, processing_time, model_version) set


def orphan_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return sum(
            conn.execute(
                f"SELECT count(*) FROM {t} WHERE session_id IS NULL "
                f"OR session_id NOT IN (SELECT id FROM sessions)"
            ).fetchone()[0]
            for t in CHILD_TABLES & tables
        )


def held_values(db: Path) -> tuple[tuple[str, object, object], ...]:
    """The sessions that already hold a value in a column the upgrade backfills."""
    with sqlite3.connect(db) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        if not {"processing_time", "model_version"} <= columns:
            return ()
        return tuple(
            conn.execute(
                "SELECT id, processing_time, model_version FROM sessions "
                "WHERE processing_time IS NOT NULL OR model_version IS NOT NULL"
            ).fetchall()
        )


@pytest.fixture(scope="module", params=FIELD_SHAPES)
def upgraded(request: pytest.FixtureRequest, shared_v1_database: DatabaseFactory) -> Upgraded:
    """A v1 database of each field shape in turn (ids: shape names), upgraded once."""
    db = shared_v1_database(shape=request.param)
    before, orphans, held = snapshot(db), orphan_count(db), held_values(db)
    return Upgraded(db, run_cli("upgrade", db), before, orphans, held)


def test_upgrade_reaches_head_keeping_every_row_and_value(upgraded):
    assert upgraded.result.returncode == 0, upgraded.result.stderr
    assert current_version(upgraded.db) == HEAD
    check_path(
        f"{upgraded.db.parent.name}->v{HEAD}",
        upgraded.before,
        snapshot(upgraded.db),
        declared_between(load_migrations(), 1, HEAD),
    )


def test_upgraded_database_verifies_clean(upgraded):
    result = run_cli("verify", upgraded.db)
    assert result.returncode == 0, result.stdout + result.stderr


def test_orphans_are_quarantined_not_lost(upgraded):
    assert upgraded.orphans > 0
    with sqlite3.connect(upgraded.db) as conn:
        quarantined = conn.execute("SELECT count(*) FROM orphaned_rows").fetchone()[0]
    assert quarantined == upgraded.orphans


def test_backfills_never_overwrite_a_value_already_there(upgraded):
    with sqlite3.connect(upgraded.db) as conn:
        for sid, processing_time, model_version in upgraded.held:
            row = conn.execute(
                "SELECT processing_time, model_version FROM sessions WHERE id = ?", (sid,)
            ).fetchone()
            assert row[0] == (processing_time if processing_time is not None else 0.0)
            assert row[1] == (model_version if model_version is not None else "v1_default")


def test_upgrading_again_changes_nothing(upgraded, tmp_path):
    db = copy_files(upgraded.db, tmp_path / upgraded.db.name)
    result = run_cli("upgrade", db, "--no-backup")
    assert "nothing to do" in result.stdout
    assert db.read_bytes() == upgraded.db.read_bytes()
