"""Values from a declared type alone, and the SQL a schema filler runs: pure tables."""

from __future__ import annotations

import random

import pytest

from edi_migrations.harness.rows.edge_values import INT_EDGES, REAL_EDGES, TEXT_EDGES
from edi_migrations.harness.rows.row_plans import constant_default
from edi_migrations.harness.rows.schema_checks import Domain, column_domain
from edi_migrations.harness.rows.schema_sql import (
    insert_sql,
    key_exists_sql,
    keys_after_sql,
    sample_sql,
    update_sql,
)
from edi_migrations.harness.rows.schema_values import (
    BLOB_EDGES,
    NUMERIC_TEXT,
    ColumnPlan,
    affinity,
    draw,
    edge_values,
    is_timestamp,
    storage_kinds,
)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("INT", "INTEGER"),
        ("integer", "INTEGER"),
        ("TINYINT", "INTEGER"),
        ("BIGINT UNSIGNED", "INTEGER"),
        ("POINT", "INTEGER"),  # rule 1 wins: 'INT' inside
        ("VARCHAR(255)", "TEXT"),
        ("NCHAR(2)", "TEXT"),
        ("CLOB", "TEXT"),
        ("TEXT", "TEXT"),
        ("BLOB", "BLOB"),
        ("", "BLOB"),
        ("REAL", "REAL"),
        ("DOUBLE PRECISION", "REAL"),
        ("FLOAT", "REAL"),
        ("NUMERIC", "NUMERIC"),
        ("DECIMAL(10,5)", "NUMERIC"),
        ("BOOLEAN", "NUMERIC"),
        ("DATETIME", "NUMERIC"),
        ("TIMESTAMP", "NUMERIC"),
        ("STRING", "NUMERIC"),  # not TEXT: SQLite's rules, not intuition
    ],
)
def test_a_declared_type_has_sqlites_affinity(declared, expected):
    assert affinity(declared) == expected


@pytest.mark.parametrize(
    ("declared", "strict", "timestamp", "expected"),
    [
        ("INTEGER", True, False, ("int",)),
        ("INT", True, False, ("int",)),
        ("ANY", True, False, ("int", "real", "text", "blob")),
        ("REAL", True, False, ("real",)),
        ("", False, False, ("int", "real", "text", "blob")),
        ("DECIMAL", False, False, ("int", "real")),
        ("TIMESTAMP", False, True, ("text", "text", "int")),
        ("TEXT", False, True, ("text",)),
        ("BLOB", False, False, ("blob",)),
    ],
)
def test_a_column_is_drawn_as_the_kinds_its_type_holds(declared, strict, timestamp, expected):
    assert storage_kinds(declared, strict, timestamp) == expected


@pytest.mark.parametrize(
    ("name", "declared", "expected"),
    [
        ("created_at", "TEXT", True),
        ("updated_on", "", True),
        ("birth_date", "TEXT", True),
        ("logged", "DATETIME", True),
        ("timestamp", "INTEGER", True),
        ("processing_time", "REAL", False),  # a duration, not a moment
        ("status", "TEXT", False),
        ("format", "TEXT", False),
    ],
)
def test_a_date_or_time_column_is_known_by_its_type_or_name(name, declared, expected):
    assert is_timestamp(name, declared) == expected


def test_a_text_column_sweeps_every_text_edge_numeric_looking_text_and_null():
    edges = edge_values(("text",), "TEXT", Domain())
    assert set(edges) == {None, *TEXT_EDGES.values(), *NUMERIC_TEXT}


def test_numeric_columns_sweep_int64_bounds_and_real_extremes():
    assert set(edge_values(("int",), "INTEGER", Domain())) >= {None, *INT_EDGES.values()}
    reals = edge_values(("real",), "REAL", Domain())
    assert [v for v in reals if v is not None] == list(REAL_EDGES.values())


def test_a_blob_column_sweeps_empty_and_invalid_utf8_bytes():
    edges = edge_values(("blob",), "BLOB", Domain())
    assert b"" in edges and set(BLOB_EDGES) <= set(edges)
    with pytest.raises(UnicodeDecodeError):
        BLOB_EDGES[1].decode()


def test_edges_a_check_refuses_are_left_out_and_its_bounds_swept():
    domain = column_domain(("x BETWEEN 1 AND 5",), "x", ("x",))
    assert edge_values(("int",), "INTEGER", domain) == (None, 1, 5)


def test_no_null_edge_where_the_check_refuses_null():
    domain = column_domain(("x IS NOT NULL",), "x", ("x",))
    assert None not in edge_values(("text",), "TEXT", domain)


@pytest.mark.parametrize(
    ("kinds", "unique"),
    [(("int",), True), (("text",), True), (("real",), True), (("blob",), True)],
)
def test_values_of_a_unique_column_never_repeat(kinds, unique):
    plan = ColumnPlan("k", kinds, True, Domain(), unique=unique)
    rng = random.Random(3)
    values = [draw(rng, plan, n) for n in range(2_000)]
    assert len(set(values)) == len(values)


def test_a_nullable_column_is_sometimes_null_and_a_not_null_one_never():
    rng = random.Random(5)
    nullable = [draw(rng, ColumnPlan("c", ("text",), False, Domain()), n) for n in range(500)]
    strict = [draw(rng, ColumnPlan("c", ("text",), True, Domain()), n) for n in range(500)]
    assert None in nullable and None not in strict


def test_ordinary_timestamps_look_like_iso_dates():
    rng = random.Random(9)
    plan = ColumnPlan("created_at", ("text",), True, Domain(), timestamp=True)
    assert all(str(draw(rng, plan, n))[:2] == "20" for n in range(50))


@pytest.mark.parametrize(
    ("default", "expected"),
    [
        ("0", True),
        ("-1.5", True),
        ("'pending'", True),
        ("NULL", True),
        ("TRUE", True),
        ("x'00'", True),
        ("(42)", True),
        ("CURRENT_TIMESTAMP", False),
        ("(random())", False),
        ("(datetime('now'))", False),
    ],
)
def test_only_a_constant_default_is_left_to_sqlite(default, expected):
    assert constant_default(default) == expected


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (insert_sql("order items", ["quote\"d", "select"]),
         'INSERT INTO "order items" ("quote""d", "select") VALUES (?, ?)'),
        (insert_sql("t", []), 'INSERT INTO "t" DEFAULT VALUES'),
        (update_sql("t", ["a", "b"], ["rowid"]), 'UPDATE "t" SET "a" = ?, "b" = ? WHERE rowid = ?'),
        (update_sql("t", ["a"], ["k1", "k2"]), 'UPDATE "t" SET "a" = ? WHERE "k1" = ? AND "k2" = ?'),
        (keys_after_sql("t", ["rowid"], True, 500), 'SELECT rowid FROM "t" ORDER BY rowid LIMIT 500'),
        (keys_after_sql("t", ["rowid"], False, 9),
         'SELECT rowid FROM "t" WHERE rowid > ? ORDER BY rowid LIMIT 9'),
        (keys_after_sql("t", ["a", "b"], False, 9),
         'SELECT "a", "b" FROM "t" WHERE ("a", "b") > (?, ?) ORDER BY "a", "b" LIMIT 9'),
        (keys_after_sql("p", ["a", "b"], True, 5, not_null=True),
         'SELECT "a", "b" FROM "p" WHERE "a" IS NOT NULL AND "b" IS NOT NULL ORDER BY "a", "b" LIMIT 5'),
        (keys_after_sql("p", ["id"], False, 5, not_null=True),
         'SELECT "id" FROM "p" WHERE "id" > ? AND "id" IS NOT NULL ORDER BY "id" LIMIT 5'),
        (sample_sql("p", ["id"], True, 7, 1000),
         'SELECT "id" FROM "p" WHERE "id" IS NOT NULL AND rowid % 7 = 0 ORDER BY rowid LIMIT 1000'),
        (sample_sql("p", ["a", "b"], False, 1, 10),
         'SELECT "a", "b" FROM "p" WHERE "a" IS NOT NULL AND "b" IS NOT NULL LIMIT 10'),
        (key_exists_sql("p", ["a", "b"]),
         'SELECT EXISTS (SELECT 1 FROM "p" WHERE "a" = ? AND "b" = ?)'),
    ],
)  # fmt: skip
def test_the_filler_sql_quotes_every_name(built, expected):
    assert built == expected
