"""The ADD COLUMN rules agree with SQLite itself: a default the lint calls
non-constant (EM105), or a NOT NULL column it calls default-less (EM106), is exactly
what SQLite refuses on a table that has rows; on an empty table both pass."""

from __future__ import annotations

from contextlib import closing

import pytest

from edi_migrations.lint.matcher import lint_statements
from edi_migrations.lint.replay import from_rows
from edi_migrations.sqlite.dbapi import sqlite3

DEFINITIONS = [
    "c INT DEFAULT 1",
    "c INT DEFAULT -1",
    "c INT DEFAULT +1",
    "c INT DEFAULT (1)",
    "c INT DEFAULT (-1)",
    "c INT DEFAULT 1.5e3",
    "c TEXT DEFAULT 'x'",
    "c BLOB DEFAULT x'00'",
    "c INT DEFAULT NULL",
    "c INT DEFAULT (NULL)",
    "c INT DEFAULT TRUE",
    "c INT DEFAULT (1 + 1)",
    "c TEXT DEFAULT CURRENT_TIMESTAMP",
    "c TEXT DEFAULT CURRENT_DATE",
    "c TEXT DEFAULT (CURRENT_TIME)",
    "c TEXT DEFAULT (datetime('now'))",
    "c INT DEFAULT (abs(-1))",
    "c INT NOT NULL",
    "c INT NOT NULL DEFAULT 0",
    "c INT NOT NULL DEFAULT NULL",
    "c INT NOT NULL DEFAULT ''",
    "c INT DEFAULT 0 CHECK (c IS NOT NULL)",
    "c INT REFERENCES t(id)",
    "c INT COLLATE NOCASE DEFAULT 0 NOT NULL",
]


def refused_with_rows(definition: str) -> bool:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO t DEFAULT VALUES")
        try:
            conn.execute(f"ALTER TABLE t ADD COLUMN {definition}")
        except sqlite3.OperationalError as exc:
            assert "default" in str(exc).lower(), exc
            return True
        return False


SCHEMA = from_rows([("table", "t", "t", "CREATE TABLE t (id INTEGER PRIMARY KEY)")])


@pytest.mark.parametrize("definition", DEFINITIONS)
def test_the_lint_flags_an_add_column_exactly_when_sqlite_refuses_it_on_rows(definition):
    found = lint_statements([f"ALTER TABLE t ADD COLUMN {definition}"], SCHEMA)
    assert bool(found) is refused_with_rows(definition)
    assert {f.code for f in found} <= {"EM105", "EM106"}


def test_the_table_holds_both_verdicts():
    verdicts = {refused_with_rows(d) for d in DEFINITIONS}
    assert verdicts == {True, False}
