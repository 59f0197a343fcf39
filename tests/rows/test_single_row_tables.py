"""A table whose CHECK admits one row (a settings row, ``CHECK (id = 1)``) gets that row
with every column it can hold filled: the rows that would have held a nullable column's
values are refused, so the one row's NULL there is filled after."""

from __future__ import annotations

import pytest

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3

SETTINGS = "CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), font TEXT{check})"


@pytest.mark.parametrize("seed", range(5))
def test_the_one_row_holds_a_value_in_every_nullable_column(seed):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(SETTINGS.format(check=""))
    fill_from_schema(conn, seed=seed, rows=40, orphans=False)
    assert conn.execute("SELECT count(*), count(font) FROM settings").fetchone() == (1, 1)


def test_a_column_no_value_fits_stays_null():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(SETTINGS.format(check=" CHECK (font IS NULL)"))
    fill_from_schema(conn, seed=1, rows=40, orphans=False)
    assert conn.execute("SELECT count(*), count(font) FROM settings").fetchone() == (1, 0)
