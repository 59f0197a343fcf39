"""Synthetic data: every edge kind present, reproducible by seed, templates cached."""

from __future__ import annotations

import sqlite3

import pytest

from edi_migrations import current_version
from fixtures.dbstate import state_of
from fixtures.field_shapes import build_v1_shape
from fixtures.synthetic import INT_EDGES, REAL_EDGES, TEXT_EDGES, TIMESTAMP_EDGES, V1_COLUMNS
from fixtures.template_cache import template

NULLABLE = {
    (t, c) for t, cols in V1_COLUMNS.items() for c, kind in cols.items() if not kind.endswith("!")
}


@pytest.fixture(scope="module")
def default_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("edges") / "default.db"
    build_v1_shape(path, "orphans", 200, seed=11)
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def count_value(conn, value) -> int:
    total = 0
    for table, columns in V1_COLUMNS.items():
        for column in columns:
            total += conn.execute(
                f"SELECT count(*) FROM {table} WHERE {column} IS ?", (value,)
            ).fetchone()[0]
    return total


@pytest.mark.parametrize("table, column", sorted(NULLABLE))
def test_every_nullable_column_holds_a_null(default_db, table, column):
    assert (
        default_db.execute(f"SELECT count(*) FROM {table} WHERE {column} IS NULL").fetchone()[0] > 0
    )


EDGES = {
    **TEXT_EDGES,
    **{k: v for k, v in REAL_EDGES.items() if k != "negative_zero"},
    **INT_EDGES,
    **TIMESTAMP_EDGES,
}


@pytest.mark.parametrize("kind", EDGES)
def test_every_edge_value_appears(default_db, kind):
    assert count_value(default_db, EDGES[kind]) > 0


def test_negative_zero_is_written_and_stored_as_sqlite_keeps_it(default_db):
    # SQLite stores -0.0 in a REAL column as 0.0: the edge is written, the sign is not kept.
    assert (
        default_db.execute(
            "SELECT count(*) FROM prompts WHERE quality_score = 0.0 AND typeof(quality_score) = 'real'"
        ).fetchone()[0]
        > 0
    )


def test_sessions_with_no_children_and_with_hundreds(default_db):
    counts = [
        r[0]
        for r in default_db.execute(
            "SELECT (SELECT count(*) FROM prompts p WHERE p.session_id = s.id) + "
            "(SELECT count(*) FROM entities e WHERE e.session_id = s.id) FROM sessions s"
        )
    ]
    assert min(counts) == 0
    assert max(counts) >= 100


def test_orphans_of_both_kinds(default_db):
    assert (
        default_db.execute("SELECT count(*) FROM entities WHERE session_id IS NULL").fetchone()[0]
        + default_db.execute("SELECT count(*) FROM prompts WHERE session_id IS NULL").fetchone()[0]
        > 0
    )
    assert (
        default_db.execute(
            "SELECT count(*) FROM prompts WHERE session_id NOT IN (SELECT id FROM sessions)"
        ).fetchone()[0]
        > 0
    )


@pytest.mark.parametrize("shape", ["versioned", "half_migrated", "legacy_v2", "bare+half_migrated"])
def test_the_same_seed_gives_byte_identical_files(shape, tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_v1_shape(a, shape, 80, seed=5)
    build_v1_shape(b, shape, 80, seed=5)
    assert a.read_bytes() == b.read_bytes()


def test_the_same_seed_gives_the_same_wal_database_content(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_v1_shape(a, "wal", 80, seed=5)
    build_v1_shape(b, "wal", 80, seed=5)
    assert state_of(a) == state_of(b)


def test_another_seed_gives_other_data(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_v1_shape(a, "versioned", 80, seed=5)
    build_v1_shape(b, "versioned", 80, seed=6)
    assert state_of(a).tables["sessions"] != state_of(b).tables["sessions"]


def test_a_template_is_built_once_and_each_copy_is_private(template_root, v1_database):
    first = template(template_root, "versioned", 50, 3)
    built = first.stat().st_mtime_ns
    assert template(template_root, "versioned", 50, 3) == first
    assert first.stat().st_mtime_ns == built
    a, b = v1_database(sessions=50), v1_database(sessions=50)
    with sqlite3.connect(a) as conn:
        conn.execute("DELETE FROM sessions")
    with sqlite3.connect(b) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] > 0


@pytest.mark.parametrize("version", [2, 3])
def test_a_database_at_a_later_version_holds_data_in_the_newer_tables(v1_database, version):
    path = v1_database(sessions=60, version=version)
    assert current_version(path) == version
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM user_feedback").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM processing_logs").fetchone()[0] > 0
        assert (
            conn.execute("SELECT count(*) FROM sessions WHERE session_tags IS NOT NULL").fetchone()[
                0
            ]
            > 0
        )


def test_the_command_line_writes_a_database(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "cli.db"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fixtures",
            "--shape",
            "wal+orphans",
            "--sessions",
            "300",
            "--seed",
            "2",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=__import__("pathlib").Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "rows/s" in result.stderr
    assert out.with_name("cli.db-wal").stat().st_size > 0
