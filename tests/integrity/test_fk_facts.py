"""Foreign-key violations as facts, on real files: how a row is named (its primary key,
else a UNIQUE key of named columns, else counted with the rows holding the same value),
and which violations after a rebuild are new."""

from __future__ import annotations

import pytest

from edi_migrations.integrity.fk_facts import Violation, advice, new_violations
from edi_migrations.integrity.fk_rows import RowKey, fk_violations, row_key
from edi_migrations.sqlite.dbapi import sqlite3


@pytest.fixture
def conn(tmp_path):
    db = sqlite3.connect(tmp_path / "facts.db", isolation_level=None)
    db.execute("CREATE TABLE p (id TEXT PRIMARY KEY)")
    db.execute("INSERT INTO p VALUES ('ok')")
    yield db
    db.close()


KEYS = {
    "text primary key": ("CREATE TABLE t (id TEXT PRIMARY KEY, x)", RowKey(("id",), False)),
    "integer primary key is the rowid": (
        "CREATE TABLE t (Id INTEGER PRIMARY KEY, x)",
        RowKey(("id",), True),
    ),
    "composite primary key, in key order": (
        "CREATE TABLE t (a, b, x, PRIMARY KEY (b, a))",
        RowKey(("b", "a"), False),
    ),
    "without rowid": (
        "CREATE TABLE t (id INTEGER PRIMARY KEY, x) WITHOUT ROWID",
        RowKey(("id",), False),
    ),
    "the narrowest unique key": (
        "CREATE TABLE t (a, b, x, UNIQUE (a, b), UNIQUE (b))",
        RowKey(("b",), False),
    ),
    "no partial nor expression key": (
        "CREATE TABLE t (a, x); CREATE UNIQUE INDEX ta ON t(a) WHERE a > 0;"
        "CREATE UNIQUE INDEX tl ON t(lower(x))",
        None,
    ),
    "no key": ("CREATE TABLE t (a, x)", None),
}


@pytest.mark.parametrize("schema, key", KEYS.values(), ids=KEYS.keys())
def test_a_row_is_named_by_its_table_key(conn, schema, key):
    conn.executescript(schema)
    assert row_key(conn, "t") == key


def rebuild(conn: sqlite3.Connection, order: str) -> None:
    """SQLite's rebuild of ``c`` without copying rowids, its rows in ``order``."""
    conn.executescript(
        "CREATE TABLE new_c (code TEXT NOT NULL UNIQUE, pid REFERENCES p(id), extra);"
        f"INSERT INTO new_c (code, pid) SELECT code, pid FROM c ORDER BY {order};"
        "DROP TABLE c; ALTER TABLE new_c RENAME TO c;"
    )


@pytest.fixture
def unique_keyed(conn):
    conn.executescript(
        "CREATE TABLE c (code TEXT NOT NULL UNIQUE, pid REFERENCES p(id));"
        "INSERT INTO c VALUES ('a', 'ok'), ('b', 'gone'), ('c', 'ok'), ('d', 'ok');"
    )
    return conn


def test_a_renumbered_unique_keyed_row_keeps_its_old_violation(unique_keyed):
    before = fk_violations(unique_keyed)
    rebuild(unique_keyed, "code DESC")
    after = fk_violations(unique_keyed)
    assert [v.rowid for v in before] == [2] and [v.rowid for v in after] == [3]
    assert new_violations(before, after) == []
    rebuild(unique_keyed, "code")
    assert new_violations(before, fk_violations(unique_keyed)) == []


def test_another_unique_keyed_row_taking_the_dangling_value_is_new(unique_keyed):
    before = fk_violations(unique_keyed)
    rebuild(unique_keyed, "code DESC")
    unique_keyed.execute("UPDATE c SET pid = CASE code WHEN 'b' THEN 'ok' ELSE 'gone' END")
    new = new_violations(before, fk_violations(unique_keyed))
    assert [(v.table, v.rowid, v.row, v.values) for v in new] == [
        ("c", 1, (("code",), ("d",)), ("gone",)),
        ("c", 2, (("code",), ("c",)), ("gone",)),
        ("c", 4, (("code",), ("a",)), ("gone",)),
    ]


def test_rows_with_no_key_are_counted_per_dangling_value(conn):
    conn.executescript(
        "CREATE TABLE c (pid REFERENCES p(id), note);"
        "INSERT INTO c VALUES ('gone', 1), ('ok', 2), ('gone', 3), ('away', 4);"
    )
    before = fk_violations(conn)
    conn.executescript(
        "CREATE TABLE new_c (pid REFERENCES p(id), note);"
        "INSERT INTO new_c SELECT pid, note FROM c ORDER BY note DESC;"
        "DROP TABLE c; ALTER TABLE new_c RENAME TO c;"
    )
    assert new_violations(before, fk_violations(conn)) == []
    conn.execute("UPDATE c SET pid = 'gone' WHERE note = 4")  # one more 'gone', one 'away' less
    new = new_violations(before, fk_violations(conn))
    assert [v.values for v in new] == [("gone",)]


def test_the_advice_shows_a_few_values_and_keys_with_their_counts():
    rows = [
        Violation("c", i, "p", ("pid",), (value,), None)
        for i, value in enumerate(["x", "x", "y", b"\x00\xff", 7, 7, 7], start=1)
    ]
    rows += [Violation(f"t{k}", 1, "p", ("a", "b"), (1, "z"), None) for k in range(4)]
    text = advice(rows)
    assert text.startswith(
        "c(pid) -> p: 7 row(s) with no parent row, 4 distinct value(s): "
        "7 (3 rows), 'x' (2 rows), 'y' (1 row), …; t0(a, b) -> p: 1 row(s) with no parent "
        "row, 1 distinct value(s): (1, 'z') (1 row); "
    )
    assert "; and 1 more foreign key(s). Either the migration handles them" in text
    assert "set c.pid to NULL" in text
