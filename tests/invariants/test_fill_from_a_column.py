"""A ``Backfill(from_column=...)`` expects the source column's values as the start holds
them, read straight from its rows: evaluating the bare column name in SQL copied every
table of the database into memory once per path and fill (EDI's two fills from a column
were a tenth of the inner loop), for the same values and storage classes."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.harness.invariants import expected
from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.harness.invariants.sql_eval import evaluated
from edi_migrations.sqlite.dbapi import sqlite3


@pytest.fixture
def start(tmp_path: Path):
    db = tmp_path / "start.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, n NUMERIC, b BLOB)")
        conn.execute("CREATE TABLE k (code TEXT PRIMARY KEY, label) WITHOUT ROWID")
        conn.executemany(
            "INSERT INTO t (label, n, b) VALUES (?, ?, ?)",
            [("a", 5.0, b"\x00"), (None, "7", None), ("-0.0", -0.0, 1.5), ("x", "y", "z")],
        )
        conn.executemany("INSERT INTO k VALUES (?, ?)", [("b", 2), ("a", None)])
        conn.commit()
    return snapshot(db)


@pytest.mark.parametrize(
    ("table", "column"), [("t", "label"), ("t", "n"), ("t", "B"), ("k", "label")]
)
def test_a_fill_from_a_column_is_the_columns_values_as_sql_reads_them(start, table, column):
    types = {name: {} for name in start.state.tables}
    through_sql = evaluated(start.state.tables, types, table, f'"{column}"')
    assert expected._derived(start, start, table, f'"{column}"', None) == through_sql


def test_a_fill_from_a_column_copies_no_table(start, monkeypatch):
    def no_copy(*_args, **_kw):
        raise AssertionError("the database copied into memory for a bare column")

    monkeypatch.setattr(expected, "evaluated", no_copy)
    values = expected._derived(start, start, "t", '"label"', None)
    assert sorted(values) == [1, 2, 3, 4]


def test_an_expression_is_still_evaluated_in_sql(start):
    values = expected._derived(start, start, "t", "upper(label)", None)
    assert values[1] == ("text", "A")
