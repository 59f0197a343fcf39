"""One way to quote a name, and the old import path of migrations still works."""

from __future__ import annotations

import pytest

from edi_migrations import rebuild
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

NAMES = ["plain", "order items", 'quote"d', "select", "", "emoji 🌅", "semi;colon"]


@pytest.mark.parametrize("name", NAMES)
def test_a_quoted_name_reads_as_exactly_itself(name):
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE {quote_identifier(name)} ({quote_identifier(name)} INT)")
    (table,) = conn.execute("SELECT name FROM sqlite_master").fetchone()
    (column,) = [r[1] for r in conn.execute(f"PRAGMA table_info({quote_identifier(name)})")]
    assert table == column == name


def test_migrations_that_import_rebuild_quote_keep_working():
    assert rebuild.quote is quote_identifier
