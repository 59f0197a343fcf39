"""Which column is a table's rowid under another name, decided in one place and checked
against SQLite itself: each table is created, a row inserted with its key column 7, and
the rowid compared with the column (equal: an alias; a WITHOUT ROWID table has none).

SQLite's rule has a quirk the older checks missed: ``id INTEGER PRIMARY KEY DESC`` is
not an alias of the rowid, though ``PRIMARY KEY (id DESC)`` at the table's end is
(sqlite.org, "ROWIDs and the INTEGER PRIMARY KEY").
"""

from __future__ import annotations

from contextlib import closing

import pytest

from edi_migrations.schema.model import schema_model
from edi_migrations.schema.rowid_alias import rowid_alias
from edi_migrations.sqlite.dbapi import sqlite3

TABLES = [
    # (what follows CREATE TABLE t (: its columns, and options after a ")"; whether its id
    # is the rowid by SQLite's own answer)
    ("id INTEGER PRIMARY KEY, x TEXT", True),
    ("id integer primary key, x TEXT", True),  # the type's case is not part of the rule
    ('id "INTEGER" PRIMARY KEY, x TEXT', True),  # nor its quotes
    ("id INTEGER PRIMARY KEY ASC, x TEXT", True),
    ("id INTEGER PRIMARY KEY DESC, x TEXT", False),  # the quirk
    ("id INTEGER NOT NULL CONSTRAINT pk PRIMARY KEY DESC, x TEXT", False),
    ("id INTEGER, x TEXT, PRIMARY KEY (id DESC)", True),  # the quirk's other side
    ("id INTEGER, x TEXT, PRIMARY KEY (id)", True),
    ("id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT", True),
    ("id INTEGER COLLATE NOCASE PRIMARY KEY, x TEXT", True),
    ("id INTEGER PRIMARY KEY, x TEXT) STRICT", True),
    ("id INT PRIMARY KEY, x TEXT", False),  # only INTEGER itself
    ("id BIGINT PRIMARY KEY, x TEXT", False),
    ("id INTEGER(10) PRIMARY KEY, x TEXT", False),
    ("id UNSIGNED INTEGER PRIMARY KEY, x TEXT", False),
    ("id INTEGER, x TEXT, PRIMARY KEY (id, x)", False),  # two columns
    ("id INTEGER UNIQUE, x TEXT", False),  # no PRIMARY KEY at all
    ("id INTEGER, x TEXT", False),
    ("id INTEGER PRIMARY KEY, x TEXT) WITHOUT ROWID", False),  # no rowid to alias
]


def sqlite_says(body: str) -> tuple[bool, sqlite3.Connection]:
    """Whether SQLite stores ``id`` as the rowid of ``CREATE TABLE t (body)``: a row with
    id 7 gets rowid 7 (a new table's first rowid is otherwise 1)."""
    conn = sqlite3.connect(":memory:")
    closed = body if body.endswith(("STRICT", "ROWID")) else f"{body})"  # options follow ")"
    conn.execute(f"CREATE TABLE t ({closed}")
    conn.execute("INSERT INTO t (id, x) VALUES (7, 'a')")
    try:
        rowid, key = conn.execute("SELECT rowid, id FROM t").fetchone()
    except sqlite3.OperationalError:  # WITHOUT ROWID: "no such column: rowid"
        return False, conn
    return rowid == key == 7, conn


@pytest.mark.parametrize(("body", "alias"), TABLES, ids=[b for b, _ in TABLES])
def test_the_rowid_alias_is_what_sqlite_stores_as_the_rowid(body, alias):
    stored, conn = sqlite_says(body)
    with closing(conn):
        assert stored == alias, "the table's expectation disagrees with SQLite"
        expected = "id" if alias else None
        assert rowid_alias(conn, "t") == expected
        assert schema_model(conn).tables["t"].rowid_alias == expected
