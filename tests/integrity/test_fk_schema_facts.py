"""What the foreign-key scan learns of a schema (each child table's keys, whether the
anti-join can answer for it, each table's row key) is kept per schema text: a second
scan of the same schema, in this file or another, reads no PRAGMA and runs only the
scans. Another text (a key changed, an index dropped, a temporary table) is learnt
again, so the answer is always the one a first scan gives."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.integrity.fk_rows import fk_violations
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA = """
CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT);
CREATE UNIQUE INDEX parent_code ON parent(code);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent(id));
CREATE TABLE coded (id TEXT PRIMARY KEY, code TEXT REFERENCES parent(code));
CREATE TABLE lone (id INTEGER PRIMARY KEY);
CREATE TABLE keyed (k TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def database(path: Path, orphans: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(SCHEMA)
    conn.execute("INSERT INTO parent VALUES (1, 'a')")
    conn.executemany("INSERT INTO child VALUES (?, ?)", [(n, 100 + n) for n in range(orphans)])
    conn.executemany(
        "INSERT INTO coded VALUES (?, ?)", [(f"k{n}", f"z{n}") for n in range(orphans)]
    )
    return conn


def traced(conn: sqlite3.Connection, tables=None) -> tuple[set, list[str]]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        return fk_violations(conn, tables), seen
    finally:
        conn.set_trace_callback(None)


def test_a_second_scan_of_the_same_schema_reads_no_pragma(tmp_path):
    first = database(tmp_path / "one.db", 2)
    second = database(tmp_path / "two.db", 3)
    found_first, _ = traced(first)
    found, statements = traced(second)
    assert not [s for s in statements if s.lstrip().upper().startswith(("PRAGMA", "EXPLAIN"))]
    assert len(found) == 6 and len(found_first) == 4
    assert {v.table for v in found} == {"child", "coded"}
    assert found == traced(second, ["child", "coded", "lone"])[0]


def test_the_same_schema_in_two_files_gives_each_its_own_rows(tmp_path):
    one, two = database(tmp_path / "one.db", 1), database(tmp_path / "two.db", 2)
    assert traced(one)[0] != traced(two)[0]
    # a row keyed by the rowid is named by its id in this very table (a copy may renumber
    # it), one keyed otherwise by its key
    child = one.execute("SELECT rootpage, sql FROM sqlite_master WHERE name = 'child'").fetchone()
    assert {v.row for v in traced(one)[0]} == {(("rowid", *child), 0), (("id",), ("k0",))}


def test_a_dropped_parent_index_is_learnt_again(tmp_path):
    """Without its unique index ``parent.code`` is no parent key: SQLite's own scan
    refuses it (a mismatch), and so must the second scan of this file."""
    conn = database(tmp_path / "one.db", 1)
    traced(conn)
    conn.execute("DROP INDEX parent_code")
    conn.close()  # a new connection: this one's statement cache keeps what it compiled
    conn = sqlite3.connect(tmp_path / "one.db", isolation_level=None)
    try:
        traced(conn, ["coded"])
    except sqlite3.OperationalError as exc:
        assert "foreign key mismatch" in str(exc)
    else:
        raise AssertionError("a mismatch must be SQLite's own error")


def test_a_temporary_table_is_learnt_again(tmp_path):
    conn = database(tmp_path / "one.db", 1)
    before, _ = traced(conn)
    conn.execute("CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY)")
    after, statements = traced(conn)
    assert after == before
    assert [s for s in statements if "foreign_key_check" in s and "PRAGMA" in s]
