"""The fresh install built in memory (what drift is judged against) is built through the
connect installed when it is asked for, never through a connection another connect opened.

The in-memory database advances along a chain and is kept between asks; one asked for at
version 0 (no migration run yet) matched every chain's first steps, so a process that
asked once without a connect (another project, a bare ``inspect``) ran the next project's
migrations on a connection lacking what its connect attaches or registers: "no such
table: data.tags" (darktable's port, after another spec in the same worker)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.runner.detect import expected_schema
from edi_migrations.sqlite.opener import connecting_with

READS_DATA = '''"""Copies the tags the app's data database holds."""


def upgrade(conn):
    conn.execute("CREATE TABLE tags AS SELECT id, name FROM data.tags")
'''


def with_data(database, **kw):
    """sqlite3.connect with the app's ``data`` database attached (an in-memory one here)."""
    conn = sqlite3.connect(database, **kw)
    conn.execute("ATTACH DATABASE ':memory:' AS data")
    conn.execute("CREATE TABLE data.tags (id INTEGER PRIMARY KEY, name TEXT)")
    return conn


def chain(folder: Path) -> tuple:
    folder.mkdir()
    (folder / "0001_tags.py").write_text(READS_DATA, encoding="utf-8")
    return load_migrations(folder)


def test_an_ask_without_a_connect_leaves_nothing_the_next_connect_builds_on(tmp_path):
    migrations = chain(tmp_path / "migrations")
    expected_schema(migrations, 0)  # no connect installed: sqlite3.connect's connection
    with connecting_with(with_data):
        schema = expected_schema(migrations, 1)
    assert "tags" in schema.tables


def test_a_schema_built_through_one_connect_is_not_reused_for_another(tmp_path):
    migrations = chain(tmp_path / "migrations")
    with connecting_with(with_data):
        expected_schema(migrations, 1)
    with pytest.raises(sqlite3.OperationalError, match="no such table: data.tags"):
        expected_schema(migrations, 1)  # no connect: what it attached is not there
