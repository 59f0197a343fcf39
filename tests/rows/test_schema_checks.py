"""CHECK constraints read as domains: the pure parser, table by table."""

from __future__ import annotations

import random
from contextlib import closing

import pytest

from edi_migrations.harness.rows.schema_checks import (
    NOTHING,
    UNRESTRICTED,
    Alt,
    alternatives,
    check_texts,
    column_domain,
    if_null,
    intersect,
    literal,
    parse_check,
    sql_compare,
    tokenize,
)
from edi_migrations.harness.rows.schema_values import ColumnPlan, draw
from edi_migrations.sqlite.dbapi import sqlite3

COLUMNS = ("x", "y", 'quote"d', "select")


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        ("x IN ('a', 'b')", [Alt(choices=("a", "b"))]),
        ("x in (1, -2, 3.5)", [Alt(choices=(1, -2, 3.5))]),
        ("x NOT IN (0, 1)", [Alt(excluded=(0, 1))]),
        ("x BETWEEN 1 AND 5", [Alt(lo=1, hi=5)]),
        ("x = 'only'", [Alt(choices=("only",))]),
        ("x == 3", [Alt(choices=(3,))]),
        ("x <> 3", [Alt(excluded=(3,))]),
        ("x != 3", [Alt(excluded=(3,))]),
        ("x > 0", [Alt(lo=0, lo_open=True)]),
        ("x >= 0", [Alt(lo=0)]),
        ("x < 10", [Alt(hi=10, hi_open=True)]),
        ("x <= -1.5", [Alt(hi=-1.5)]),
        ("0 < x", [Alt(lo=0, lo_open=True)]),
        ("100 >= x", [Alt(hi=100)]),
        ("x >= 'm'", [Alt(lo="m")]),
        ("length(x) <= 10", [Alt(max_len=10)]),
        ("length(x) > 2", [Alt(min_len=3)]),
        ("length(x) = 4", [Alt(min_len=4, max_len=4)]),
        ("length(x) BETWEEN 3 AND 8", [Alt(min_len=3, max_len=8)]),
        ("typeof(x) = 'text'", [Alt(types=frozenset({"text"}))]),
        ("typeof(x) IN ('integer', 'real')", [Alt(types=frozenset({"integer", "real"}))]),
        ("x > 0 AND x < 10", [Alt(lo=0, lo_open=True, hi=10, hi_open=True)]),
        ("x = 1 OR x = 2", [Alt(choices=(1,)), Alt(choices=(2,))]),
        ("(x >= 0 AND x < 10) OR x IN (100, 200)",
         [Alt(lo=0, hi=10, hi_open=True), Alt(choices=(100, 200))]),
        ("x IN (1, 2, 3) AND x <> 2", [Alt(choices=(1, 3))]),
        ("x > 5 AND x < 3", []),
        ("x = 1 AND x = 2", []),
        ("x IS NULL", []),
        ("x IS NOT NULL", [UNRESTRICTED]),
        ("x GLOB '[0-9]*'", [UNRESTRICTED]),
        ("x > y", [UNRESTRICTED]),
        ("NOT (x > 1)", [UNRESTRICTED]),
        ("x > 0 AND y > 0", [Alt(lo=0, lo_open=True)]),
        ("y > 0 OR x IN ('a')", [UNRESTRICTED, Alt(choices=("a",))]),
        ("x + 1 > 2", [UNRESTRICTED]),
        ("\"quote\"\"d\" IN ('q')", [UNRESTRICTED]),  # another column than x
        ("x BETWEEN 1 AND", [UNRESTRICTED]),  # not SQL: restricts nothing
    ],
)  # fmt: skip
def test_a_check_becomes_the_alternatives_a_value_can_be_drawn_in(check, expected):
    assert alternatives(parse_check(check, COLUMNS), "x") == expected


@pytest.mark.parametrize(
    ("check", "column", "expected"),
    [
        ('"quote""d" IN (\'q\')', 'quote"d', [Alt(choices=("q",))]),
        ('"select" >= 0', "select", [Alt(lo=0)]),
        ("[select] >= 0", "select", [Alt(lo=0)]),
        ("`select` < 0", "select", [Alt(hi=0, hi_open=True)]),
        ("X > 0", "x", [Alt(lo=0, lo_open=True)]),  # names are case-insensitive
    ],
)
def test_quoted_and_keyword_column_names_are_columns_too(check, column, expected):
    assert alternatives(parse_check(check, COLUMNS), column) == expected


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        ("x > 0", "N"),  # NULL > 0 is NULL: the CHECK passes
        ("x IN ('a')", "N"),
        ("length(x) < 3", "N"),
        ("x IS NOT NULL", "F"),
        ("x IS NULL", "T"),
        ("typeof(x) = 'text'", "F"),
        ("typeof(x) IN ('text', 'null')", "T"),
        ("x IS NOT NULL AND x > 0", "F"),
        ("x IS NOT NULL OR x > 0", "N"),
        ("x IS NOT NULL AND y > 0", "F"),
        ("x IS NOT NULL OR y > 0", "?"),
        ("x GLOB 'a*'", "?"),
    ],
)
def test_what_a_check_makes_of_a_null(check, expected):
    assert if_null(parse_check(check, COLUMNS), "x") == expected


@pytest.mark.parametrize(
    ("checks", "null_ok", "alts"),
    [
        ((), True, (UNRESTRICTED,)),
        (("y > 0",), True, (UNRESTRICTED,)),  # a CHECK on another column only
        (("x > 0", "x < 5"), True, (Alt(lo=0, lo_open=True, hi=5, hi_open=True),)),
        (("x IS NOT NULL", "x IN (1, 2)"), False, (Alt(choices=(1, 2)),)),
        (("typeof(x) = 'integer'",), False, (Alt(types=frozenset({"integer"})),)),
    ],
)
def test_a_columns_domain_is_every_check_of_its_table_at_once(checks, null_ok, alts):
    domain = column_domain(checks, "x", COLUMNS)
    assert (domain.null_ok, domain.alts) == (null_ok, alts)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Alt(lo=1), Alt(lo=3, lo_open=True), Alt(lo=3, lo_open=True)),
        (Alt(lo=1), Alt(hi=1, hi_open=True), None),
        (Alt(lo=1), Alt(hi=1), Alt(lo=1, hi=1)),
        (Alt(choices=(1, 2, 3)), Alt(hi=2), Alt(choices=(1, 2))),
        (Alt(min_len=5), Alt(max_len=4), None),
        (Alt(max_len=0), Alt(max_len=9), Alt(max_len=0)),
        (Alt(types=frozenset({"text"})), Alt(types=frozenset({"integer"})), None),
        (NOTHING, UNRESTRICTED, None),
    ],
)
def test_two_alternatives_intersect_or_admit_nothing(a, b, expected):
    assert intersect(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [(1, 2, -1), (2.5, 2, 1), (3, 3.0, 0), (10**9, "0", -1), ("b", "a", 1), ("z", b"", -1)],
)
def test_values_compare_in_sqlites_order_numbers_text_blobs(a, b, expected):
    assert sql_compare(a, b) == expected


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("'it''s'", "it's"),
        ("-3", -3),
        ("+2", 2),
        ("1.5e2", 150.0),
        ("x'00ff'", b"\x00\xff"),
        ("TRUE", 1),
        ("false", 0),
    ],
)
def test_literals_spell_their_constants(sql, expected):
    assert literal(tokenize(sql)) == expected


@pytest.mark.parametrize("sql", ["abs", "1 + 2", "- 'x'", "NULL"])
def test_what_is_not_a_single_constant_is_refused(sql):
    with pytest.raises(ValueError):
        literal(tokenize(sql))


@pytest.mark.parametrize(
    ("create", "expected"),
    [
        ("CREATE TABLE t (x INT CHECK (x > 0))", ("x > 0",)),
        ("CREATE TABLE t (x INT check(x IN (1, (2))), y TEXT, CHECK (length(y) < 3))",
         ("x IN (1, (2))", "length(y) < 3")),
        ("CREATE TABLE t (x TEXT DEFAULT 'check (no)', CONSTRAINT c CHECK (x <> ''))", ("x <> ''",)),
        ('CREATE TABLE t ("check" INT)', ()),
    ],
)  # fmt: skip
def test_check_texts_are_the_expressions_as_written(create, expected):
    assert check_texts(create) == expected


DRAWN = [
    ("TEXT", "x IN ('a', 'b', 'c')"),
    ("INTEGER", "x BETWEEN -3 AND 3"),
    ("INTEGER", "x > 10 AND x <= 12"),
    ("REAL", "x > 0.5 AND x < 0.75"),
    ("INTEGER", "x <> 0 AND x NOT IN (1, 2)"),
    ("TEXT", "length(x) BETWEEN 3 AND 5"),
    ("TEXT", "length(x) = 1"),
    ("TEXT", "x >= 'm' AND x < 'n'"),
    ("", "typeof(x) = 'integer'"),
    ("", "typeof(x) IN ('real', 'blob')"),
    ("INTEGER", "(x >= 0 AND x < 10) OR x IN (100, 200)"),
    ("INTEGER", "-5 > x"),
]


@pytest.mark.parametrize(("declared", "check"), DRAWN)
def test_drawn_values_satisfy_the_checks_sqlite_enforces(tmp_path, declared, check):
    from edi_migrations.harness.rows.schema_values import storage_kinds

    domain = column_domain((check,), "x", ("x",))
    plan = ColumnPlan("x", storage_kinds(declared, False), True, domain)
    rng = random.Random(7)
    with closing(sqlite3.connect(tmp_path / "t.db")) as conn:
        conn.execute(f"CREATE TABLE t (x {declared} NOT NULL CHECK ({check}))")
        conn.executemany("INSERT INTO t VALUES (?)", [(draw(rng, plan, n),) for n in range(300)])
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (300,)
