"""A short text key (an ISO currency or country code: ``CHECK (length(code) = 3)``, its
letters upper case) gets as many rows as any table: each key carried the row counter
as ``'xxx'`` once its digits were cut off, so the table held its edge values and one row.
Real SQLite files."""

from __future__ import annotations

import pytest

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3

KEYS = {
    "fixed-length": "code TEXT PRIMARY KEY CHECK (length(code) = 3)",
    "bounded": "code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 4)",
    "upper-case": "code TEXT PRIMARY KEY CHECK (length(code) = 3 AND code = upper(code))",
    "lower-case": "code TEXT PRIMARY KEY CHECK (code = lower(code))",
}


@pytest.mark.parametrize("key", KEYS.values(), ids=KEYS.keys())
def test_a_short_text_key_fills_its_table(tmp_path, key):
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    conn.execute(f"CREATE TABLE codes ({key}, name TEXT)")
    fill_from_schema(conn, seed=3, rows=40, orphans=False)
    conn.execute("COMMIT")
    assert conn.execute("SELECT count(*) FROM codes").fetchone()[0] >= 30


PATTERNS = {
    "glob-letters": "code TEXT PRIMARY KEY CHECK (code GLOB '[A-Z][A-Z][A-Z]')",
    "glob-digits": "code TEXT NOT NULL UNIQUE CHECK (code GLOB '[0-9]*')",
    "like-prefix": "code TEXT NOT NULL CHECK (code LIKE 'SKU-%')",
    "length-and-glob": "code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code GLOB '[a-z][a-z]')",
}


@pytest.mark.parametrize("key", PATTERNS.values(), ids=PATTERNS.keys())
def test_a_text_column_held_to_a_pattern_fills_its_table(tmp_path, key):
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    conn.execute(f"CREATE TABLE codes ({key}, name TEXT)")
    fill_from_schema(conn, seed=3, rows=40, orphans=False)
    conn.execute("COMMIT")
    assert conn.execute("SELECT count(*) FROM codes").fetchone()[0] >= 30
