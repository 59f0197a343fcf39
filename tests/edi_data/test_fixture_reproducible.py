"""Same seed, same bytes; another seed, other data."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi.shapes import ALL_SHAPES, build_shape
from fixtures.edi.templates import DatabaseSpec, build_database

SESSIONS = 40
NOT_WAL = [s for s in ALL_SHAPES if "wal" not in s]


def rows(path: Path, table: str) -> list[tuple]:
    """Every row, through SQLite (so a -wal's rows count), with each value's storage class."""
    with closing(sqlite3.connect(path)) as conn:
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        select = ", ".join(f'typeof("{n}"), "{n}"' for n in names)
        return conn.execute(f"SELECT rowid, {select} FROM {table} ORDER BY rowid").fetchall()


@pytest.mark.parametrize("shape", NOT_WAL)
def test_the_same_seed_gives_byte_identical_files(tmp_path, shape):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_shape(a, shape, SESSIONS, seed=5)
    build_shape(b, shape, SESSIONS, seed=5)
    assert a.read_bytes() == b.read_bytes()


def test_the_same_seed_gives_a_byte_identical_main_file_and_the_same_wal_rows(tmp_path):
    a, b = tmp_path / "a" / "edi.db", tmp_path / "b" / "edi.db"
    for path in (a, b):
        path.parent.mkdir()
        build_shape(path, "wal+orphans", SESSIONS, seed=5)
    assert a.read_bytes() == b.read_bytes()  # the -wal differs only in SQLite's salts
    assert rows(a, "sessions") == rows(b, "sessions")


def test_another_seed_gives_other_data(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_shape(a, "versioned", SESSIONS, seed=5)
    build_shape(b, "versioned", SESSIONS, seed=6)
    assert not {r[1:] for r in rows(a, "sessions")} & {r[1:] for r in rows(b, "sessions")}


def test_the_same_seed_gives_the_same_rows_at_a_later_version(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for path in (a, b):
        build_database(path, DatabaseSpec("half_migrated", SESSIONS, seed=5, version=2))
    for table in ("sessions", "prompts", "user_feedback", "processing_logs"):
        assert rows(a, table) == rows(b, table), table
