"""COLLATE on a column is part of the canonical schema (its text and its model)."""

from __future__ import annotations

import pytest

from edi_migrations import schema_model, schema_of
from edi_migrations.schema.tokens import column_definitions
from edi_migrations.sqlite.dbapi import sqlite3


def model_of(ddl: str):
    conn = sqlite3.connect(":memory:")
    conn.execute(ddl)
    return schema_model(conn).tables["t"]


@pytest.mark.parametrize(
    "ddl, collate",
    [
        ("CREATE TABLE t (a TEXT COLLATE NOCASE, b TEXT)", "nocase"),
        ("CREATE TABLE t (\"a\" TEXT NOT NULL collate rtrim DEFAULT 'x', b)", "rtrim"),
        ("CREATE TABLE t (A TEXT CHECK (A <> 'collate') COLLATE BINARY, b)", "binary"),
        ("CREATE TABLE t (a TEXT, b TEXT COLLATE NOCASE)", None),
        ("CREATE TABLE t (a, b, UNIQUE (a COLLATE NOCASE))", None),
    ],
)
def test_a_columns_collation_is_read_from_its_definition(ddl, collate):
    (column,) = [c for c in model_of(ddl).columns if c.name.lower() == "a"]
    assert column.collate == collate


def test_the_collation_shows_in_the_schema_text():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a TEXT NOT NULL COLLATE NOCASE)")
    assert "  column a TEXT not null collate nocase\n" in schema_of(conn)


@pytest.mark.parametrize(
    "one, other, same",
    [
        ("a TEXT COLLATE NOCASE", "a text collate nocase", True),
        ("a TEXT COLLATE NOCASE", '"a" TEXT  COLLATE "NOCASE"', True),
        ("a TEXT COLLATE NOCASE", "a TEXT", False),
        ("a TEXT COLLATE NOCASE", "a TEXT COLLATE RTRIM", False),
    ],
)
def test_equal_collations_read_equal_and_different_ones_differ(one, other, same):
    texts = []
    for column in (one, other):
        conn = sqlite3.connect(":memory:")
        conn.execute(f"CREATE TABLE t ({column})")
        texts.append(schema_of(conn))
    assert (texts[0] == texts[1]) is same


def test_column_definitions_split_at_top_level_commas_and_skip_table_constraints():
    sql = 'CREATE TABLE t (a INT CHECK (a IN (1, 2)), "b c" TEXT, PRIMARY KEY (a), CHECK (a > 0))'
    assert column_definitions(sql) == {
        "a": ["a", "int", "check", "(", "a", "in", "(", "1", ",", "2", ")", ")"],
        "b c": ['"b c"', "text"],
    }
