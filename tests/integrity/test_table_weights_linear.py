"""The integrity plan weighs each table by its rows and indexes once per upgrade.

It counted each table's indexes with a subquery over the whole schema per table: on
Synapse's schema (hundreds of tables and indexes) that was a sixth of a fresh install's
upgrade, read again at every step of the chain. The work is counted in SQLite's virtual
machine instructions (a progress handler), never in time: a schema twice as large may
cost about twice as much, not four times.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from edi_migrations.integrity.plan import table_weights
from edi_migrations.sqlite.dbapi import sqlite3


def _schema(conn: sqlite3.Connection, tables: int) -> None:
    for n in range(tables):
        conn.execute(f"CREATE TABLE t{n} (id INTEGER PRIMARY KEY, a TEXT UNIQUE, b INTEGER)")
        conn.execute(f"CREATE INDEX t{n}_b ON t{n} (b)")
        conn.execute(f"INSERT INTO t{n} (id, a, b) VALUES (7, 'x', 1)")


@contextmanager
def _instructions(conn: sqlite3.Connection) -> Iterator[list[int]]:
    """The virtual machine instructions run inside the block, in hundreds."""
    counted = [0]

    def tick() -> int:
        counted[0] += 1
        return 0

    conn.set_progress_handler(tick, 100)
    try:
        yield counted
    finally:
        conn.set_progress_handler(None, 0)


def _cost(tables: int) -> int:
    conn = sqlite3.connect(":memory:")
    try:
        _schema(conn, tables)
        with _instructions(conn) as counted:
            table_weights(conn)
        return counted[0]
    finally:
        conn.close()


def test_weighing_a_schema_twice_as_large_costs_about_twice_as_much():
    small, large = _cost(150), _cost(300)
    assert large < 2.5 * small, (small, large)


@pytest.mark.parametrize(
    "schema, expected",
    [
        (
            "CREATE TABLE Parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE);"
            "CREATE INDEX parent_code2 ON PARENT (code);"  # another spelling of its name
            "INSERT INTO Parent VALUES (9, 'a');",
            [("Parent", 9 * 3)],
        ),
        (
            "CREATE TABLE k (a TEXT PRIMARY KEY, b INT) WITHOUT ROWID;"
            "CREATE INDEX k_b ON k (b); INSERT INTO k VALUES ('x', 1);"
            "CREATE TABLE plain (x INT); INSERT INTO plain VALUES (1), (2);",
            [("k", 0), ("plain", 2)],
        ),
        (
            "CREATE TABLE odd (rowid TEXT, v INT); INSERT INTO odd VALUES ('r', 1);"
            "CREATE INDEX odd_v ON odd (v); CREATE VIEW w AS SELECT 1;",
            [("odd", 0)],
        ),
    ],
    ids=["indexes-named-by-another-spelling", "without-rowid", "a-column-named-rowid"],
)
def test_each_table_is_weighed_by_its_last_rowid_and_its_indexes(schema, expected):
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(schema)
        assert table_weights(conn) == expected
    finally:
        conn.close()
