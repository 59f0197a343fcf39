"""Foreign keys an app enforces with triggers, read as foreign keys of the child table for
the rows from the schema (calibre's ``fkc_insert_*``; SQLite before 3.6.19 enforced no
REFERENCES, and triggers were the documented way). Only the common shapes are read: a
``BEFORE INSERT`` trigger whose every RAISE waits on a missing parent row; any other
trigger is left as it is. Real SQLite files."""

from __future__ import annotations

import pytest

from edi_migrations.harness.rows.schema_read import ForeignKeyInfo, parents_first, read_table
from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3

TABLES = """
CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE book (code TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE placed (id INTEGER PRIMARY KEY, shelf INTEGER NOT NULL, book TEXT, note TEXT);
"""
SHELF = ForeignKeyInfo(("shelf",), "shelf", ("id",), enforced=True, null_ok=False)
BOOK = ForeignKeyInfo(("book",), "book", ("code",), enforced=True, null_ok=False)
BOOK_OR_NULL = ForeignKeyInfo(("book",), "book", ("code",), enforced=True, null_ok=True)

READ = {
    "case-lookup": (
        "BEFORE INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf) IS NULL THEN RAISE(ABORT, 'Foreign key violation: shelf') END; END",
        (SHELF,),
    ),
    "case-two-keys": (
        "BEFORE INSERT ON placed FOR EACH ROW BEGIN SELECT CASE\n"
        "  WHEN (SELECT id from shelf WHERE id = NEW.shelf) IS NULL\n"
        "  THEN RAISE(ABORT, 'Foreign key violation: shelf not in shelf')\n"
        "  WHEN (SELECT code from book WHERE code = NEW.book) IS NULL\n"
        "  THEN RAISE(ABORT, 'Foreign key violation: book not in book; stop')\n"
        "END; END",
        (SHELF, BOOK),
    ),
    "not-exists-where": (
        "BEFORE INSERT ON \"placed\" BEGIN SELECT RAISE(ROLLBACK, 'no shelf') WHERE NOT "
        'EXISTS (SELECT 1 FROM "shelf" WHERE "id" = NEW."shelf"); END',
        (SHELF,),
    ),
    "guarded-in-when": (
        "BEFORE INSERT ON placed WHEN NEW.book IS NOT NULL AND (SELECT code FROM book "
        "WHERE NEW.book = code) IS NULL BEGIN SELECT RAISE(FAIL, 'no book'); END",
        (BOOK_OR_NULL,),
    ),
    "guarded-in-where": (
        "BEFORE INSERT ON placed BEGIN SELECT RAISE(ABORT, 'no book') WHERE NEW.book IS "
        "NOT NULL AND NOT EXISTS (SELECT * FROM book WHERE code = NEW.book); END",
        (BOOK_OR_NULL,),
    ),
    "commented": (
        "BEFORE INSERT ON placed BEGIN -- the app's own key, as SQLite 3.6 wanted it\n"
        "SELECT CASE WHEN /* no shelf */ (SELECT id FROM shelf WHERE id=NEW.shelf) IS NULL "
        "THEN RAISE(ABORT, 'Foreign key violation: -- shelf') END; END",
        (SHELF,),
    ),
    "after-insert": (
        "AFTER INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf) IS NULL THEN RAISE(ABORT, 'late') END; END",
        (),
    ),
    "another-condition": (
        "BEFORE INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf AND name <> 'closed') IS NULL THEN RAISE(ABORT, 'closed') END; END",
        (),
    ),
    "a-count": (
        "BEFORE INSERT ON placed BEGIN SELECT RAISE(ABORT, 'full') WHERE (SELECT count(*) "
        "FROM placed WHERE shelf = NEW.shelf) > 3; END",
        (),
    ),
    "one-key-and-another-refusal": (
        "BEFORE INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf) IS NULL THEN RAISE(ABORT, 'no shelf') WHEN NEW.note = '' THEN "
        "RAISE(ABORT, 'empty note') END; END",
        (),
    ),
    "writes-too": (
        "BEFORE INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf) IS NULL THEN RAISE(ABORT, 'no shelf') END; "
        "INSERT INTO shelf (name) VALUES ('x'); END",
        (),
    ),
    "no-such-column": (
        "BEFORE INSERT ON placed BEGIN SELECT CASE WHEN (SELECT id FROM shelf WHERE "
        "id=NEW.shelf_id) IS NULL THEN RAISE(ABORT, 'no shelf') END; END",
        (),
    ),
}


def _db(tmp_path, trigger: str) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    conn.executescript(TABLES + f"CREATE TRIGGER guard {trigger};")
    return conn


@pytest.mark.parametrize(("trigger", "keys"), READ.values(), ids=READ.keys())
def test_a_trigger_of_the_common_shapes_reads_as_foreign_keys(tmp_path, trigger, keys):
    conn = _db(tmp_path, trigger)
    assert read_table(conn, "placed").foreign_keys == keys


def test_a_key_already_declared_is_read_once(tmp_path):
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    conn.executescript(
        TABLES.replace("shelf INTEGER NOT NULL", "shelf INTEGER NOT NULL REFERENCES shelf")
        + "CREATE TRIGGER guard "
        + READ["case-two-keys"][0]
        + ";"
    )
    assert read_table(conn, "placed").foreign_keys == (SHELF, BOOK)


def test_the_parents_come_first_and_every_row_finds_its_parent(tmp_path):
    conn = _db(tmp_path, READ["case-two-keys"][0])
    infos = {name: read_table(conn, name) for name in ("placed", "book", "shelf")}
    assert parents_first(infos) == ["book", "shelf", "placed"]
    written = fill_from_schema(conn, seed=5, rows=30, orphans=True)
    conn.execute("COMMIT")
    assert written.get("placed", 0) >= 20
    stray = conn.execute(
        "SELECT count(*) FROM placed WHERE shelf NOT IN (SELECT id FROM shelf) "
        "OR book IS NULL OR book NOT IN (SELECT code FROM book)"
    ).fetchone()[0]
    assert stray == 0


def test_a_guarded_key_fills_its_table(tmp_path):
    conn = _db(tmp_path, READ["guarded-in-where"][0])
    fill_from_schema(conn, seed=5, rows=30, orphans=True)
    conn.execute("COMMIT")
    assert conn.execute("SELECT count(*) FROM placed").fetchone()[0] >= 20
    assert (
        conn.execute(
            "SELECT count(*) FROM placed WHERE book NOT IN (SELECT code FROM book)"
        ).fetchone()[0]
        == 0
    )
