"""Each field shape is recognisable by the property that defines it."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from fixtures.dbstate import state_of
from fixtures.field_shapes import SHAPE_NAMES, parts_of


def one(conn: sqlite3.Connection, sql: str, *args):
    return conn.execute(sql, args).fetchone()[0]


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def shape_db(v1_database):
    def make(shape: str):
        path = v1_database(shape=shape, sessions=120)
        return path, sqlite3.connect(path)

    return make


def test_bare_has_the_v1_tables_and_no_version_table(shape_db):
    _, conn = shape_db("bare")
    assert {"sessions", "prompts", "entities", "validations"} <= tables(conn)
    assert "schema_version" not in tables(conn)


def test_versioned_records_v1_in_a_unique_version_table(shape_db):
    _, conn = shape_db("versioned")
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [("v1",)]
    assert "UNIQUE" in one(conn, "SELECT sql FROM sqlite_master WHERE name = 'schema_version'")


def test_tracked_has_the_seed_tracking_tables_empty(shape_db):
    _, conn = shape_db("tracked")
    assert one(conn, "SELECT count(*) FROM migration_log") == 0
    assert one(conn, "SELECT count(*) FROM schema_version") == 0
    assert (
        one(conn, "SELECT count(*) FROM sqlite_master WHERE name = 'idx_migration_log_status'") == 1
    )


def test_half_migrated_has_v2_columns_with_some_values_while_saying_v1(shape_db):
    _, conn = shape_db("half_migrated")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert {"processing_time", "model_version", "session_tags"} <= columns
    assert "updated_at" not in columns
    assert one(conn, "SELECT version FROM schema_version ORDER BY id DESC") == "v1"
    assert (
        one(
            conn,
            "SELECT count(*) FROM sessions WHERE processing_time IS NOT NULL AND model_version IS NULL",
        )
        > 0
    )
    assert (
        one(conn, "SELECT count(*) FROM sqlite_master WHERE name = 'idx_sessions_model_version'")
        == 1
    )


def test_orphans_has_children_with_null_and_dangling_sessions(shape_db):
    _, conn = shape_db("orphans")
    assert (
        one(conn, "SELECT count(*) FROM prompts WHERE session_id IS NULL")
        + one(conn, "SELECT count(*) FROM entities WHERE session_id IS NULL")
        > 0
    )
    dangling = sum(
        one(conn, f"SELECT count(*) FROM {t} WHERE session_id NOT IN (SELECT id FROM sessions)")
        for t in ("prompts", "entities", "validations")
    )
    assert dangling > 0


def test_wal_keeps_committed_rows_only_in_its_wal_file(v1_database, tmp_path):
    path = v1_database(shape="wal", sessions=120)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    main_only = tmp_path / "main-only.db"
    shutil.copyfile(path, main_only)  # before anything opens (and checkpoints) the database
    with_wal = len(state_of(path).tables["sessions"].rows)
    alone = sqlite3.connect(main_only)
    assert one(alone, "SELECT count(*) FROM sessions") < with_wal
    assert one(alone, "PRAGMA journal_mode") == "wal"


def test_same_second_has_duplicate_versions_applied_in_one_second(shape_db):
    _, conn = shape_db("same_second")
    assert "UNIQUE" not in one(conn, "SELECT sql FROM sqlite_master WHERE name = 'schema_version'")
    assert one(conn, "SELECT count(DISTINCT applied_at) FROM schema_version") == 1
    assert one(conn, "SELECT count(*) - count(DISTINCT version) FROM schema_version") > 0


def test_legacy_v2_updates_fail_on_every_v1_table(shape_db):
    _, conn = shape_db("legacy_v2")
    for table in ("sessions", "prompts", "entities", "validations"):
        with pytest.raises(sqlite3.OperationalError, match="no such column: updated_at"):
            conn.execute(
                f"UPDATE {table} SET id = id WHERE rowid = (SELECT min(rowid) FROM {table})"
            )


def test_legacy_v2_says_v2_and_its_summary_multiplies_counts(shape_db):
    _, conn = shape_db("legacy_v2")
    assert one(conn, "SELECT version FROM schema_version ORDER BY applied_at DESC, id DESC") == "v2"
    assert one(conn, "SELECT count(DISTINCT applied_at) FROM schema_version") == 1
    assert (
        one(
            conn,
            "SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'quality_metrics'",
        )
        == 1
    )
    summary = one(conn, "SELECT sum(prompt_count) FROM session_summary")
    assert summary > one(
        conn, "SELECT count(*) FROM prompts WHERE session_id IN (SELECT id FROM sessions)"
    )


@pytest.mark.parametrize("shape", [s for s in SHAPE_NAMES if "+" in s])
def test_combined_shapes_have_each_part(shape, shape_db):
    path, conn = shape_db(shape)
    parts = parts_of(shape)
    if "wal" in parts:
        assert path.with_name(path.name + "-wal").stat().st_size > 0
    if "bare" in parts:
        assert "schema_version" not in tables(conn)
    if "half_migrated" in parts:
        assert "processing_time" in {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    if "orphans" in parts:
        assert (
            one(
                conn,
                "SELECT count(*) FROM prompts WHERE session_id IS NULL OR session_id NOT IN (SELECT id FROM sessions)",
            )
            > 0
        )


def test_an_unknown_shape_is_refused_with_the_known_ones(v1_database):
    with pytest.raises(ValueError, match="unknown field shape part.*known: bare"):
        v1_database(shape="cursed")
