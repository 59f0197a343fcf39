"""The table-rebuild helper: pure SQL building, and a rebuild that loses nothing."""

from __future__ import annotations

import pytest

from edi_migrations.rebuild import NewTable, rebuild_statements, rebuild_tables
from edi_migrations.schema.model import schema_model
from edi_migrations.sqlite.dbapi import sqlite3

CASES = [
    # a table with an INTEGER PRIMARY KEY: the id column carries the rowid
    (
        (NewTable("t", "id INTEGER PRIMARY KEY, a TEXT NOT NULL"), ("id", "a"), False),
        [
            'CREATE TABLE "_rebuilding_t" (id INTEGER PRIMARY KEY, a TEXT NOT NULL)',
            'INSERT INTO "_rebuilding_t" ("id", "a") SELECT "id", "a" FROM "t"',
            'DROP TABLE "t"',
            'ALTER TABLE "_rebuilding_t" RENAME TO "t"',
        ],
    ),
    # a table keyed by TEXT: the hidden rowid is copied explicitly
    (
        (NewTable("s", "id TEXT PRIMARY KEY"), ("id",), True),
        [
            'CREATE TABLE "_rebuilding_s" (id TEXT PRIMARY KEY)',
            'INSERT INTO "_rebuilding_s" (rowid, "id") SELECT rowid, "id" FROM "s"',
            'DROP TABLE "s"',
            'ALTER TABLE "_rebuilding_s" RENAME TO "s"',
        ],
    ),
]


@pytest.mark.parametrize("args, expected", CASES, ids=["integer-key", "text-key"])
def test_rebuild_statements(args, expected):
    assert rebuild_statements(*args) == expected


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:", isolation_level=None)
    c.executescript(
        """
        CREATE TABLE s (id TEXT PRIMARY KEY, n INT);
        CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT, sid TEXT REFERENCES s(id), v);
        CREATE INDEX c_sid ON c(sid);
        CREATE VIEW counts AS SELECT s.id, (SELECT count(*) FROM c WHERE c.sid = s.id) AS n FROM s;
        CREATE TRIGGER s_touch AFTER UPDATE ON s BEGIN UPDATE s SET n = n + 1 WHERE 0; END;
        INSERT INTO s VALUES ('a', 1), ('b', 2);
        DELETE FROM s WHERE id = 'a';
        INSERT INTO s VALUES ('c', 3);
        INSERT INTO c (sid, v) VALUES ('b', 7), ('b', 7.0), ('c', x'00ff'), ('c', NULL);
        DELETE FROM c WHERE id = 4;
        """
    )
    yield c
    c.close()


REBUILT = [
    NewTable("s", "id TEXT PRIMARY KEY, n INT NOT NULL"),
    NewTable(
        "c",
        "id INTEGER PRIMARY KEY AUTOINCREMENT, sid TEXT NOT NULL REFERENCES s(id) ON DELETE CASCADE, v",
    ),
]


def rows(conn, table):
    return conn.execute(
        f"SELECT rowid, *, typeof(v) FROM {table}"
        if table == "c"
        else f"SELECT rowid, * FROM {table}"
    ).fetchall()


def test_rebuild_keeps_rows_rowids_and_storage_classes(conn):
    before = {t: rows(conn, t) for t in ("s", "c")}
    conn.execute("BEGIN")
    rebuild_tables(conn, REBUILT)
    conn.execute("COMMIT")
    assert {t: rows(conn, t) for t in ("s", "c")} == before


def test_rebuild_keeps_indexes_triggers_and_views(conn):
    before = schema_model(conn)
    conn.execute("BEGIN")
    rebuild_tables(conn, REBUILT)
    conn.execute("COMMIT")
    after = schema_model(conn)
    assert after.indexes == before.indexes
    assert after.triggers == before.triggers
    assert after.views == before.views
    assert conn.execute("SELECT * FROM counts ORDER BY id").fetchall() == [("b", 2), ("c", 1)]


def test_rebuild_keeps_the_autoincrement_high_water_mark(conn):
    conn.execute("BEGIN")
    rebuild_tables(conn, REBUILT)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO c (sid, v) VALUES ('b', 1)")
    assert conn.execute("SELECT max(id) FROM c").fetchone() == (5,)


def test_rebuild_refuses_to_drop_a_column(conn):
    conn.execute("BEGIN")
    with pytest.raises(ValueError, match=r"would drop column\(s\) n"):
        rebuild_tables(conn, [NewTable("s", "id TEXT PRIMARY KEY")])
    conn.execute("ROLLBACK")


def test_rebuild_requires_foreign_keys_off(conn):
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    with pytest.raises(RuntimeError, match="foreign_keys=OFF"):
        rebuild_tables(conn, REBUILT)
    conn.execute("ROLLBACK")


def test_a_rebuild_refused_by_a_constraint_names_the_table_it_rebuilds(conn):
    """SQLite's message names the table being filled: another project's developer reads
    it, so it says what it is (a rebuild of ``s``), not the tool's old ``_edi_`` prefix."""
    conn.execute("UPDATE s SET n = 2")
    conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError) as caught:
        rebuild_tables(conn, [NewTable("s", "id TEXT PRIMARY KEY, n INT UNIQUE")])
    conn.execute("ROLLBACK")
    assert "_rebuilding_s.n" in str(caught.value)
    assert "edi" not in str(caught.value).lower()


def test_rebuild_keeps_the_rowids_of_a_table_keyed_integer_primary_key_desc():
    """``id INTEGER PRIMARY KEY DESC`` is no alias of the rowid (SQLite's quirk): the rowid
    is its own, and is copied as a TEXT key's is (it was renumbered, read as an alias)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(
        """
        CREATE TABLE d (id INTEGER PRIMARY KEY DESC, v TEXT);
        INSERT INTO d VALUES (5, 'a'), (3, 'b'), (9, 'c');
        DELETE FROM d WHERE id = 5;
        """
    )
    before = conn.execute("SELECT rowid, id, v FROM d ORDER BY rowid").fetchall()
    conn.execute("BEGIN")
    rebuild_tables(conn, [NewTable("d", "id INTEGER PRIMARY KEY DESC, v TEXT NOT NULL")])
    conn.execute("COMMIT")
    assert conn.execute("SELECT rowid, id, v FROM d ORDER BY rowid").fetchall() == before
    assert before == [(2, 3, "b"), (3, 9, "c")]
