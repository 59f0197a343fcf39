"""Each field shape is recognisable by the property that defines it in the notes."""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import current_version
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.shapes import ShapeError

V1_TABLES = {"sessions", "prompts", "entities", "validations"}
CHILD_TABLES = ("prompts", "entities", "validations")
SEED_STEP_COLUMNS = {
    "sessions": {"processing_time", "model_version", "session_tags"},
    "prompts": {"generation_time", "model_confidence"},
    "entities": {"embedding_vector", "semantic_label"},
    "validations": {"processing_details", "quality_metrics"},
}
SESSIONS = 80


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def tables(path: Path) -> set[str]:
    return {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(path: Path, table: str) -> set[str]:
    return {r[1] for r in query(path, f"PRAGMA table_info({table})")}


def unique_columns(path: Path, table: str) -> set[str]:
    found = set()
    for _, name, unique, *_ in query(path, f"PRAGMA index_list({table})"):
        if unique:
            found |= {r[2] for r in query(path, f"PRAGMA index_info('{name}')")}
    return found


def orphan_counts(path: Path, table: str) -> tuple[int, int]:
    (row,) = query(
        path,
        f"SELECT sum(session_id IS NULL), sum(session_id IS NOT NULL AND session_id NOT IN "
        f"(SELECT id FROM sessions)) FROM {table}",
    )
    return row


def test_bare_has_the_v1_tables_and_no_version_table(v1_database):
    path = v1_database("bare", SESSIONS)
    assert tables(path) - {"sqlite_sequence"} == V1_TABLES


def test_versioned_records_v1_once_in_a_unique_version_table(v1_database):
    path = v1_database("versioned", SESSIONS)
    assert "version" in unique_columns(path, "schema_version")
    assert query(path, "SELECT version FROM schema_version") == [("v1",)]


def test_tracked_has_the_seed_tracking_tables_and_indexes_empty(v1_database):
    path = v1_database("tracked", SESSIONS)
    assert query(path, "SELECT count(*) FROM migration_log") == [(0,)]
    assert query(path, "SELECT count(*) FROM schema_version") == [(0,)]
    indexes = {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"idx_migration_log_status", "idx_schema_version_applied"} <= indexes


def test_half_migrated_has_the_seed_steps_columns_while_saying_v1(v1_database):
    path = v1_database("half_migrated", SESSIONS)
    for table, added in SEED_STEP_COLUMNS.items():
        assert added <= columns(path, table), table
    assert "updated_at" not in columns(path, "sessions")
    assert "generation_parameters" not in columns(path, "prompts")
    assert query(path, "SELECT version FROM schema_version ORDER BY id DESC LIMIT 1") == [("v1",)]


def test_half_migrated_holds_values_a_per_column_backfill_must_keep(v1_database):
    path = v1_database("half_migrated", SESSIONS)
    (timed,) = query(
        path,
        "SELECT count(*) FROM sessions WHERE processing_time > 0 AND model_version IS NULL",
    )
    (named,) = query(
        path,
        "SELECT count(*) FROM sessions WHERE model_version IS NOT NULL AND processing_time IS NULL",
    )
    assert timed[0] > 0 and named[0] > 0


@pytest.mark.parametrize(
    "shape, indexed, backfilled",
    [("half_migrated_columns", False, False), ("half_migrated_backfill", True, True)],
)
def test_the_other_crash_points_are_built_too(v1_database, shape, indexed, backfilled):
    path = v1_database(shape, SESSIONS)
    index = query(path, "SELECT 1 FROM sqlite_master WHERE name = 'idx_sessions_model_version'")
    assert bool(index) is indexed
    (overwritten,) = query(path, "SELECT count(*) FROM sessions WHERE model_version = 'v1_default'")
    assert (overwritten[0] > 0) is backfilled


def test_orphans_has_null_and_dangling_children_in_every_child_table(v1_database):
    path = v1_database("orphans", SESSIONS)
    for table in CHILD_TABLES:
        null, dangling = orphan_counts(path, table)
        assert null > 0 and dangling > 0, table


def test_wal_keeps_committed_rows_only_in_its_wal_file(v1_database, tmp_path):
    path = v1_database("wal", SESSIONS)
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0
    alone = tmp_path / "alone" / "main-file-only.db"
    alone.parent.mkdir()
    shutil.copyfile(path, alone)
    in_main = {r[0] for r in query(alone, "SELECT id FROM sessions")}
    with_wal = {r[0] for r in query(path, "SELECT id FROM sessions")}
    assert in_main < with_wal  # committed rows the main file does not have
    assert query(path, "PRAGMA journal_mode") == [("wal",)]


def test_same_second_has_several_versions_applied_in_one_second(v1_database):
    path = v1_database("same_second", SESSIONS)
    assert "version" not in unique_columns(path, "schema_version")
    rows = query(path, "SELECT applied_at, count(*), count(DISTINCT version) FROM schema_version")
    assert rows[0][1] >= 3 and rows[0][2] >= 2
    assert len({r[0] for r in query(path, "SELECT applied_at FROM schema_version")}) == 1
    assert query(path, "SELECT version FROM schema_version ORDER BY id DESC LIMIT 1") == [("v1",)]


@pytest.mark.parametrize("table", CHILD_TABLES + ("sessions",))
def test_legacy_v2_fails_every_update(v1_database, table):
    path = v1_database("legacy_v2", SESSIONS)
    with closing(sqlite3.connect(path)) as conn:
        with pytest.raises(sqlite3.OperationalError, match="no such column: updated_at"):
            conn.execute(f"UPDATE {table} SET rowid = rowid")


def test_legacy_v2_session_summary_multiplies_counts(v1_database):
    path = v1_database("legacy_v2", SESSIONS)
    rows = query(
        path,
        "SELECT s.prompt_count, s.entity_count, "
        "(SELECT count(*) FROM prompts p WHERE p.session_id = s.id), "
        "(SELECT count(*) FROM entities e WHERE e.session_id = s.id), "
        "(SELECT count(*) FROM validations v WHERE v.session_id = s.id) "
        "FROM session_summary s",
    )
    wrong = [r for r in rows if r[0] != r[2]]
    assert wrong and all(r[0] == r[2] * max(r[3], 1) * max(r[4], 1) for r in wrong)


def test_legacy_v2_says_v2_in_the_same_second_as_v1_and_has_the_quality_view(v1_database):
    path = v1_database("legacy_v2", SESSIONS)
    versions = query(path, "SELECT version, applied_at FROM schema_version ORDER BY id")
    assert [v for v, _ in versions] == ["v1", "v2"] and len({t for _, t in versions}) == 1
    assert query(path, "SELECT type FROM sqlite_master WHERE name = 'quality_metrics'") == [
        ("view",)
    ]
    assert "updated_at" not in columns(path, "sessions")


def test_wal_and_orphans_combine(v1_database):
    path = v1_database("wal+orphans", SESSIONS)
    assert Path(f"{path}-wal").stat().st_size > 0
    assert all(min(orphan_counts(path, t)) > 0 for t in CHILD_TABLES)


def test_bare_and_half_migrated_combine(v1_database):
    path = v1_database("bare+half_migrated", SESSIONS)
    assert "schema_version" not in tables(path)
    assert SEED_STEP_COLUMNS["sessions"] <= columns(path, "sessions")


def test_every_field_shape_is_a_v1_database_to_the_runner(field_database):
    assert current_version(field_database) == 1


def test_combined_shapes_are_v1_databases_to_the_runner(combined_field_database):
    assert current_version(combined_field_database) == 1


@pytest.mark.parametrize("shape", ["sideways", "bare+tracked", "legacy_v2+half_migrated"])
def test_a_shape_that_names_nothing_or_contradicts_itself_is_refused(v1_database, shape):
    with pytest.raises(ShapeError, match=r"shape|bare"):
        v1_database(shape, SESSIONS)
