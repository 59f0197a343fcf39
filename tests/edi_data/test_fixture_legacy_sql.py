"""The seed's SQL, as ported: the v1 schema it builds is the documented v1, and the
executor, version setter and step-wise migration behave as the seed's code did."""

from __future__ import annotations

import re
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import init, schema_model
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi import legacy_sql

SEED_NOTES = Path(__file__).resolve().parents[2] / "docs" / "seed" / "v1-schema.md"
BOOKKEEPING = frozenset({"schema_version", "migration_log", "schema_compatibility"})


def schema_text(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return schema_model(conn).without(BOOKKEEPING).render()


def columns(path: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def names(path: Path, kind: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {r[0] for r in rows if not r[0].startswith("sqlite_")}


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "seed-v1.db"
    legacy_sql.execute_sql_migration(path, legacy_sql.V1_SCHEMA)
    return path


def test_v1_tables_are_the_migration_modules_v1(v1_path, tmp_path):
    fresh = tmp_path / "fresh.db"
    init(fresh, to=1)
    assert schema_text(v1_path) == schema_text(fresh)


def test_v1_tables_are_the_seed_notes_create_initial_schema_v1(v1_path, tmp_path):
    text = SEED_NOTES.read_text()
    body = text[text.index("def create_initial_schema_v1") :]
    body = body[body.index("sql_statements = [") : body.index("return sql_statements")]
    statements = re.findall(r'"""(.*?)"""|"(CREATE INDEX[^"]*)"', body, flags=re.S)
    documented = tmp_path / "documented.db"
    with closing(sqlite3.connect(documented)) as conn:
        for block, index in statements:
            sql = block or index
            if "schema_version" not in sql:
                conn.execute(sql)
        conn.commit()
    assert schema_text(v1_path) == schema_text(documented)


def test_v1_has_the_four_tables_and_eight_indexes(v1_path):
    assert names(v1_path, "table") == {"sessions", "prompts", "entities", "validations"}
    assert len(names(v1_path, "index")) == 8


def test_the_executor_skips_columns_and_objects_that_already_exist(v1_path):
    ddl = [s for s in legacy_sql.SCRIPT_V1_TO_V2 if not s.lstrip().startswith("UPDATE")]
    legacy_sql.execute_sql_migration(v1_path, ddl)
    before = schema_text(v1_path)
    legacy_sql.execute_sql_migration(v1_path, ddl)
    assert schema_text(v1_path) == before


def test_the_seed_script_cannot_run_twice_its_own_triggers_break_its_updates(v1_path):
    legacy_sql.execute_sql_migration(v1_path, legacy_sql.SCRIPT_V1_TO_V2)
    with closing(sqlite3.connect(v1_path)) as conn:
        conn.execute("INSERT INTO sessions (id, image_path, naive_prompt) VALUES ('s', 'p', 'n')")
        conn.commit()
    with pytest.raises(legacy_sql.LegacySQLError, match="no such column: updated_at"):
        legacy_sql.execute_sql_migration(v1_path, legacy_sql.SCRIPT_V1_TO_V2)


def test_the_executor_raises_on_any_other_error_naming_the_statement(v1_path):
    with pytest.raises(legacy_sql.LegacySQLError, match="no_such_table"):
        legacy_sql.execute_sql_migration(v1_path, ["UPDATE no_such_table SET x = 1"])


def test_the_executor_rolls_back_a_failed_script(v1_path):
    with pytest.raises(legacy_sql.LegacySQLError):
        legacy_sql.execute_sql_migration(
            v1_path, ["ALTER TABLE sessions ADD COLUMN probe TEXT", "SELECT * FROM missing"]
        )
    assert "probe" not in columns(v1_path, "sessions")


def test_set_current_version_replaces_the_row_of_that_version(tmp_path):
    path = tmp_path / "versions.db"
    legacy_sql.execute_sql_migration(path, legacy_sql.INITIAL_SCHEMA_V1)
    legacy_sql.set_current_version(path, "v1", "again")
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT id, version, migration_notes FROM schema_version").fetchall()
    assert rows == [(2, "v1", "again")]


@pytest.mark.parametrize(
    "crash_after, has_index, backfilled",
    [
        ("columns", False, False),  # died after _add_new_columns_v2 committed
        ("indexes", True, False),  # ... and after _update_table_schemas_v2
        ("backfill", True, True),  # ... and after _transform_existing_data_v2
    ],
)
def test_the_stepwise_migration_commits_each_step_before_the_crash(
    v1_path, crash_after, has_index, backfilled
):
    with closing(sqlite3.connect(v1_path)) as conn:
        conn.execute("INSERT INTO sessions (id, image_path, naive_prompt) VALUES ('s', 'p', 'n')")
        conn.commit()
    legacy_sql.migrate_v1_to_v2_until(v1_path, crash_after)
    assert {"processing_time", "model_version", "session_tags"} <= columns(v1_path, "sessions")
    assert "updated_at" not in columns(v1_path, "sessions")
    assert ("idx_sessions_model_version" in names(v1_path, "index")) is has_index
    with closing(sqlite3.connect(v1_path)) as conn:
        model_version = conn.execute("SELECT model_version FROM sessions").fetchone()[0]
    assert (model_version == "v1_default") is backfilled


def test_an_unknown_crash_point_is_refused_with_the_known_ones(v1_path):
    with pytest.raises(ValueError, match="columns, indexes, backfill"):
        legacy_sql.migrate_v1_to_v2_until(v1_path, "views")
