"""Templates are built once and copied cheaply; databases exist at every version, with
the data that version holds; generation streams in flat memory."""

from __future__ import annotations

import tracemalloc
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from edi_migrations import current_version, init
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.edge_cases import CLEAN
from fixtures.edi.sessions import columns_at, generate_rows, write_rows
from fixtures.edi.templates import DatabaseSpec, TemplateCache, copy_database

SESSIONS = 60


def count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchone()[0]


def test_a_template_is_built_once(tmp_path):
    cache = TemplateCache(tmp_path / "templates")
    spec = DatabaseSpec(sessions=SESSIONS, seed=1)
    first = cache.template(spec)
    built = first.stat().st_mtime_ns
    assert cache.template(spec) == first and first.stat().st_mtime_ns == built


def test_each_copy_is_private(v1_database):
    a, b = v1_database(sessions=SESSIONS), v1_database(sessions=SESSIONS)
    with closing(sqlite3.connect(a)) as conn:
        conn.execute("DELETE FROM sessions")
        conn.commit()
    assert count(b, "SELECT count(*) FROM sessions") == SESSIONS


def test_a_wal_copy_carries_the_wal_and_leaves_the_template_untouched(tmp_path):
    cache = TemplateCache(tmp_path / "templates")
    spec = DatabaseSpec("wal", SESSIONS, seed=1)
    template = cache.template(spec)
    before = (template.read_bytes(), Path(f"{template}-wal").read_bytes())
    copy = cache.copy(spec, tmp_path / "copy" / "edi.db")
    assert count(copy, "SELECT count(*) FROM sessions") == SESSIONS
    assert (template.read_bytes(), Path(f"{template}-wal").read_bytes()) == before


def test_a_copy_never_overwrites(tmp_path):
    source = tmp_path / "a.db"
    source.write_bytes(b"")
    with pytest.raises(FileExistsError):
        copy_database(source, source)


@pytest.mark.parametrize(
    "change",
    [{"seed": 2}, {"sessions": 61}, {"shape": "bare"}, {"version": 2}, {"rate": CLEAN}],
)
def test_the_cache_key_changes_with_everything_that_decides_the_content(change):
    spec = DatabaseSpec(sessions=SESSIONS, seed=1)
    assert replace(spec, **change).key() != spec.key()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_database_is_at_the_version_asked_for(v1_database, version):
    assert current_version(v1_database(sessions=SESSIONS, version=version)) == version


@pytest.mark.parametrize("version", [2, 3])
def test_a_later_version_holds_metrics_tags_feedback_and_logs(v1_database, version):
    path = v1_database(sessions=SESSIONS, version=version)
    for sql in (
        "SELECT count(*) FROM sessions WHERE processing_time > 0 AND session_tags LIKE '[%'",
        "SELECT count(*) FROM prompts WHERE generation_parameters IS NOT NULL",
        "SELECT count(*) FROM entities WHERE embedding_vector IS NOT NULL",
        "SELECT count(*) FROM user_feedback",
        "SELECT count(*) FROM processing_logs",
    ):
        assert count(path, sql) > 0, sql


def test_at_v2_the_new_tables_hold_orphans(v1_database):
    path = v1_database(sessions=SESSIONS, version=2)
    for table in ("user_feedback", "processing_logs"):
        orphans = count(
            path,
            f"SELECT count(*) FROM {table} WHERE session_id IS NULL "
            "OR session_id NOT IN (SELECT id FROM sessions)",
        )
        assert orphans > 0, table


def test_at_v3_no_row_breaks_a_foreign_key(v1_database):
    path = v1_database("orphans", SESSIONS, version=3)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM orphaned_rows").fetchone()[0] > 0


def test_a_wal_database_at_a_later_version_keeps_that_versions_rows_in_its_wal(v1_database):
    path = v1_database("wal", SESSIONS, version=2)
    assert Path(f"{path}-wal").stat().st_size > 0
    assert current_version(path) == 2


def test_small_batches_still_write_each_session_before_its_children(tmp_path):
    path = tmp_path / "v3.db"
    init(path, to=3)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        counts = write_rows(conn, generate_rows(1, 40, version=3), columns_at(3), batch=7)
        conn.execute("COMMIT")
    assert counts["sessions"] == 40 and counts["prompts"] > 40


def test_rows_are_generated_lazily(tmp_path):
    rows = generate_rows(1, 10**9)  # would never finish if it were a list
    assert next(rows)[0] == "sessions"


def _peak_bytes(tmp_path: Path, sessions: int) -> int:
    path = tmp_path / f"n{sessions}.db"
    with closing(sqlite3.connect(path)) as conn:
        for table in ("sessions", "prompts", "entities", "validations"):
            conn.execute(f"CREATE TABLE {table} ({', '.join(columns_at(1)[table])})")
        generate_rows(1, 0)  # the pools are built once per process: not part of the stream
        tracemalloc.start()
        write_rows(conn, generate_rows(1, sessions), columns_at(1), batch=200)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak


def test_memory_is_flat_in_the_number_of_sessions(tmp_path):
    small, large = _peak_bytes(tmp_path, 300), _peak_bytes(tmp_path, 3_000)
    assert large < 2 * small
