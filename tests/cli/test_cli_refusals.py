"""Each refusal exits non-zero, says why in one line, and leaves the file byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import init, load_migrations
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import run_cli


def not_sqlite(path: Path) -> Path:
    path.write_text("EDI session export, not a database\n")
    return path


def truncated(path: Path) -> Path:
    init(path)
    path.write_bytes(path.read_bytes()[:50])
    return path


def fill_and_overwrite_a_page(path: Path, page: int) -> Path:
    """200 sessions, then bytes 8-400 of ``page`` (counted from 0; -1: the last) overwritten."""
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO sessions (id, image_path, naive_prompt) VALUES (?, ?, ?)",
        [(f"s{i}", "/i.jpg", "x" * 500) for i in range(200)],
    )
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    size = 4096
    start = (page if page >= 0 else len(data) // size + page) * size
    data[start + 8 : start + 400] = b"\xff" * 392
    path.write_bytes(bytes(data))
    return path


def corrupt_page(path: Path) -> Path:
    init(path, to=1)
    return fill_and_overwrite_a_page(path, 3)


def corrupt_and_drifted(path: Path) -> Path:
    """Corruption explains any other oddity, so it is the reason given."""
    index_dropped(path)
    return fill_and_overwrite_a_page(path, -1)


def empty_file(path: Path) -> Path:
    path.touch()
    return path


def newer_version(path: Path) -> Path:
    init(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO schema_version (version) VALUES (?)", (f"v{len(load_migrations()) + 1}",)
        )
    return path


def index_dropped(path: Path) -> Path:
    init(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX idx_entities_label")
    return path


def column_added(path: Path) -> Path:
    init(path, to=2)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE sessions ADD COLUMN nickname TEXT")
    return path


def foreign_tables(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return path


REFUSALS = {
    "not-sqlite": (not_sqlite, "no SQLite header"),
    "truncated": (truncated, "truncated"),
    "corrupt-page": (corrupt_page, "integrity_check failed"),
    "corrupt-and-drifted": (corrupt_and_drifted, "integrity_check failed"),
    "empty-file": (empty_file, "edi-migrate init"),
    "newer-version": (newer_version, "migrated by newer migrations"),
    "index-dropped": (index_dropped, "index idx_entities_label is missing"),
    "column-added": (column_added, "unexpected column sessions.nickname"),
    "foreign-tables": (foreign_tables, "are not this chain's"),
}


@pytest.mark.parametrize("make, reason", REFUSALS.values(), ids=REFUSALS.keys())
def test_upgrade_refuses_with_one_line_and_leaves_the_file_byte_identical(make, reason, db_path):
    make(db_path)
    before = file_bytes(db_path)
    result = run_cli("upgrade", db_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(db_path) in lines[0]
    assert reason in lines[0]
    assert file_bytes(db_path) == before
    assert not list(db_path.parent.glob("*.backup"))


def test_a_missing_path_points_to_init(db_path):
    result = run_cli("upgrade", db_path)
    assert result.returncode == 1
    assert f"edi-migrate init {db_path}" in result.stderr
    assert not db_path.exists()


def test_a_directory_is_refused(tmp_path):
    result = run_cli("upgrade", tmp_path)
    assert result.returncode == 1
    assert "is a directory" in result.stderr


def test_a_changed_applied_migration_is_refused_unless_allowed(migrations_copy, db_path):
    init(db_path, to=2, migrations_dir=migrations_copy)
    changed = next(migrations_copy.glob("0002_*.py"))
    changed.write_text(changed.read_text() + "\n# edited after it was applied\n")
    before = file_bytes(db_path)
    refused = run_cli("--migrations-dir", migrations_copy, "upgrade", db_path)
    assert refused.returncode == 1
    assert "0002_session_metrics was applied with checksum" in refused.stderr
    assert file_bytes(db_path) == before
    allowed = run_cli("--migrations-dir", migrations_copy, "upgrade", db_path, "--allow-changed")
    assert allowed.returncode == 0, allowed.stderr


def test_drift_can_be_overridden_on_purpose(db_path):
    init(db_path, to=2)
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP INDEX idx_entities_label")
    assert run_cli("upgrade", db_path).returncode == 1
    result = run_cli("upgrade", db_path, "--allow-drift")
    assert result.returncode == 0, result.stderr
    assert "now at v3" in result.stdout


def test_a_rebuild_never_drops_a_column_added_by_hand_even_when_drift_is_allowed(db_path):
    column_added(db_path)
    before = file_bytes(db_path)
    result = run_cli("upgrade", db_path, "--allow-drift", "--no-backup")
    assert result.returncode == 1
    assert "would drop column(s) nickname" in result.stderr
    assert "still at v2" in result.stderr
    assert file_bytes(db_path) == before


def test_a_target_beyond_head_is_refused(fresh_db):
    result = run_cli("upgrade", fresh_db, "--to", "99")
    assert result.returncode == 1
    assert "target version 'v99'" in result.stderr


def test_a_changed_migration_whose_schema_differs_is_refused_naming_it_not_as_drift(tmp_path):
    """The applied file was edited to make another schema: the cause is the edit, so the
    refusal names the migration (not the drift it explains, nor --allow-drift)."""
    from tests.cli.test_cli_newcomer import write_chain

    chain = write_chain(tmp_path / "migrations")
    db = tmp_path / "app.db"
    init(db, to=2, migrations_dir=chain)
    edited = next(chain.glob("0002_*.py"))
    edited.write_text(edited.read_text().replace("COLUMN done", "COLUMN finished"))
    before = file_bytes(db)
    refused = run_cli("--migrations-dir", chain, "upgrade", db)
    assert refused.returncode == 1
    assert "migration 0002_task_done was applied with checksum" in refused.stderr
    assert "--allow-drift" not in refused.stderr
    assert file_bytes(db) == before
