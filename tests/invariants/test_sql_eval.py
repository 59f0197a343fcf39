"""Expected values come from SQLite itself: a new column's DEFAULT, a type's affinity."""

from __future__ import annotations

import pytest

from edi_migrations.harness.invariants.sql_eval import _insert, added_default, converted


@pytest.mark.parametrize(
    "sql_type, default, value",
    [
        ("INT", None, ("null", None)),
        ("INT", "7", ("integer", 7)),
        ("INT", "'7'", ("integer", 7)),
        ("TEXT", "7", ("text", "7")),
        ("REAL", "-0.0", ("real", 0.0)),  # SQLite reads back a positive zero
        ("", "'x'", ("text", "x")),
    ],
)
def test_a_new_columns_default_is_what_an_existing_row_reads(sql_type, default, value):
    kind, raw = added_default(sql_type, default)
    assert (kind, raw) == value and str(raw) == str(value[1])


@pytest.mark.parametrize(
    "sql_type, before, after",
    [
        ("INTEGER", ("text", "12"), ("integer", 12)),
        ("INTEGER", ("text", "abc"), ("text", "abc")),
        ("INTEGER", ("real", 3.0), ("integer", 3)),
        ("TEXT", ("real", 0.5), ("text", "0.5")),
        ("REAL", ("integer", 2), ("real", 2.0)),
        ("BLOB", ("text", "12"), ("text", "12")),
    ],
)
def test_a_value_converted_is_what_a_column_of_the_new_type_stores(sql_type, before, after):
    assert converted(sql_type, [before]) == [after]


def test_the_insert_keeps_the_rowid_and_quotes_every_name():
    assert _insert('my "t"', ("a", "b c")) == (
        'INSERT INTO "my ""t""" (rowid, "a", "b c") VALUES (?, ?, ?)'
    )
