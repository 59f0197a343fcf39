"""A CHECK the rows from the schema meet only by drawing again (``price_cents % 5 = 0``,
``start_at < end_at``, a valid ``datetime()``): one row whose draws all missed emptied
the whole table on some seeds (a start database with no bookings, the coverage check
failing one run in a few). Once the table holds a row that met the CHECKs, a row whose
draws all missed is left out; a CHECK no row meets still leaves the table empty. Real
SQLite files, on fixed seeds."""

from __future__ import annotations

import pytest

from edi_migrations.harness.rows.schema_rows import UnsatisfiableConstraint, fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3

BOOKINGS = (
    "CREATE TABLE bookings (id INTEGER PRIMARY KEY, "
    "start_at TEXT NOT NULL CHECK (datetime(start_at) IS NOT NULL), end_at TEXT NOT NULL, "
    "price_cents INTEGER NOT NULL CHECK (price_cents % 5 = 0), CHECK (start_at < end_at))"
)


def rows_on(tmp_path, seed: int, schema: str) -> int:
    conn = sqlite3.connect(tmp_path / f"app-{seed}.db", isolation_level=None)
    conn.execute(schema)
    fill_from_schema(conn, seed=seed, rows=60, orphans=False)
    conn.execute("COMMIT")
    return conn.execute("SELECT count(*) FROM bookings").fetchone()[0]


def test_a_check_met_by_drawing_again_fills_the_table_on_every_seed(tmp_path):
    counts = [rows_on(tmp_path, seed, BOOKINGS) for seed in range(30)]
    assert min(counts) >= 30, counts


def test_a_check_no_row_meets_is_still_unsatisfiable(tmp_path):
    never = BOOKINGS.replace("price_cents % 5 = 0", "price_cents % 5 = 0 AND price_cents % 5 = 1")
    with pytest.raises(UnsatisfiableConstraint):
        rows_on(tmp_path, 1, never)
