"""The tables whose pages a re-run changed (harness/page_owners.py), on real databases:
what a write reaches is named, whatever wrote it (a statement, a trigger, a blob write
into an overflow page), an untouched table never is, and a change of the schema's own
pages (or of the page size) asks for everything to be read."""

from __future__ import annotations

import pytest

from edi_migrations.harness.page_owners import changed_tables, page_map
from edi_migrations.sqlite.dbapi import sqlite3


@pytest.fixture
def conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, data BLOB)")
    conn.execute("CREATE INDEX a_body ON a(body)")
    conn.execute("CREATE TABLE c (k TEXT PRIMARY KEY, v) WITHOUT ROWID")
    conn.executemany("INSERT INTO a (body) VALUES (?)", [(f"note {i}" * 20,) for i in range(400)])
    conn.execute("INSERT INTO b (id, data) VALUES (0, zeroblob(30000))")
    conn.executemany("INSERT INTO c VALUES (?, ?)", [(f"k{i}", i) for i in range(300)])
    return conn


def changed_by(conn: sqlite3.Connection, *statements: str) -> frozenset[str] | None:
    before = conn.serialize()
    conn.execute("BEGIN")
    for statement in statements:
        conn.execute(statement)
    after = conn.serialize()
    conn.execute("ROLLBACK")
    return changed_tables(before, after, page_map(before))


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (("UPDATE a SET body = body || '+' WHERE id = 7",), {"a"}),
        (("UPDATE c SET v = v + 1 WHERE k = 'k5'",), {"c"}),
        (("DELETE FROM a",), {"a"}),
        (("INSERT INTO a (body) SELECT body FROM a",), {"a"}),
        (
            (
                "CREATE TEMP TRIGGER t AFTER UPDATE ON c BEGIN UPDATE a SET body = 'x' WHERE id = 1; END",
                "UPDATE c SET v = v + 1 WHERE k = 'k1'",
            ),
            {"a", "c"},
        ),
        (("UPDATE a SET body = body",), {"a"}),  # equal rows rewritten: read, found equal
    ],
)
def test_a_write_names_the_tables_it_reached(conn, statements, expected):
    assert changed_by(conn, *statements) == expected


def test_a_blob_write_into_an_overflow_page_names_its_table(conn):
    before = conn.serialize()
    conn.execute("BEGIN")
    with conn.blobopen("b", "data", 0) as blob:
        blob.seek(25000)
        blob.write(b"\x01")
    after = conn.serialize()
    conn.execute("ROLLBACK")
    assert changed_tables(before, after, page_map(before)) == {"b"}


@pytest.mark.parametrize(
    "statement",
    ["CREATE TABLE d (x)", "ALTER TABLE a ADD COLUMN extra", "DROP INDEX a_body"],
)
def test_a_change_of_the_schema_asks_for_everything(conn, statement):
    assert changed_by(conn, statement) is None


def test_nothing_written_names_nothing(conn):
    assert changed_by(conn, "SELECT count(*) FROM a") == frozenset()


def test_a_header_value_alone_names_no_table(conn):
    """user_version and the change counter live in the header: the re-run check compares
    those values itself."""
    assert changed_by(conn, "PRAGMA user_version = 7") == frozenset()
