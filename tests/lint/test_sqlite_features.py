"""Each SQLite feature is recognised in a statement that uses it, and only there."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.lint.behaviour import check_probe_sql
from edi_migrations.lint.features import (
    FEATURES,
    parse_version,
    render_markdown,
    used_by,
    version_text,
)
from edi_migrations.lint.replay import Schema, from_rows
from edi_migrations.lint.statements import Statement, lex

DOC = Path(__file__).resolve().parents[2] / "docs" / "sqlite-features.md"

USES = [
    (
        "INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING",
        "UPSERT (INSERT ... ON CONFLICT DO)",
    ),
    (
        "INSERT INTO t (a) VALUES (1) ON CONFLICT DO UPDATE SET a = 2",
        "UPSERT (INSERT ... ON CONFLICT DO)",
    ),
    ("ALTER TABLE t RENAME COLUMN a TO b", "ALTER TABLE ... RENAME COLUMN"),
    ('ALTER TABLE "t" RENAME "a" TO "b"', "ALTER TABLE ... RENAME COLUMN"),
    ("SELECT row_number() OVER (ORDER BY a) FROM t", "window functions (OVER)"),
    ("SELECT count(*) FILTER (WHERE a > 1) FROM t", "FILTER clause on aggregate functions"),
    ("SELECT a FROM t ORDER BY a NULLS LAST", "NULLS FIRST / NULLS LAST"),
    ("CREATE TABLE t (a INT, b INT AS (a + 1))", "generated columns"),
    ("ALTER TABLE t ADD COLUMN b INT GENERATED ALWAYS AS (a * 2) VIRTUAL", "generated columns"),
    ("UPDATE t SET a = iif(a > 0, 1, 0)", "iif()"),
    ("ALTER TABLE t DROP COLUMN c", "ALTER TABLE ... DROP COLUMN"),
    ("ALTER TABLE main.t DROP c", "ALTER TABLE ... DROP COLUMN"),
    ("DELETE FROM t WHERE a = 1 RETURNING a", "RETURNING"),
    ("WITH x AS MATERIALIZED (SELECT 1) SELECT * FROM x", "MATERIALIZED CTE hints"),
    ("WITH x AS NOT MATERIALIZED (SELECT 1) SELECT * FROM x", "MATERIALIZED CTE hints"),
    ("CREATE TABLE t (a INT) STRICT", "STRICT tables"),
    ("CREATE TABLE t (a INT PRIMARY KEY) WITHOUT ROWID, STRICT", "STRICT tables"),
    ("UPDATE t SET a = b->'$.x'", "-> and ->> JSON operators"),
    ("UPDATE t SET a = b ->> '$.x'", "-> and ->> JSON operators"),
    ("UPDATE t SET a = json_extract(b, '$.x')", "built-in JSON functions"),
    ("SELECT value FROM json_each('[1]')", "built-in JSON functions"),
    ("UPDATE t SET a = unixepoch()", "unixepoch()"),
    ("UPDATE t SET a = format('%d', b)", "format()"),
    ("SELECT 1 FROM t WHERE a IS NOT DISTINCT FROM b", "IS [NOT] DISTINCT FROM"),
    ("SELECT 1 FROM t WHERE a IS DISTINCT FROM b", "IS [NOT] DISTINCT FROM"),
    ("SELECT * FROM t RIGHT JOIN u ON t.a = u.a", "RIGHT and FULL OUTER JOIN"),
    ("SELECT * FROM t FULL OUTER JOIN u ON t.a = u.a", "RIGHT and FULL OUTER JOIN"),
    ("UPDATE t SET a = unhex('00')", "unhex()"),
    ("UPDATE t SET a = concat(b, c)", "concat() and concat_ws()"),
    ("UPDATE t SET a = concat_ws(',', b, c)", "concat() and concat_ws()"),
    ("SELECT string_agg(a, ',') FROM t", "string_agg()"),
    ("UPDATE t SET a = jsonb('[1]')", "JSONB functions"),
]

PLAIN = [
    "CREATE TABLE t (a INT UNIQUE ON CONFLICT REPLACE)",  # a conflict clause, not UPSERT
    "ALTER TABLE t RENAME TO u",
    "ALTER TABLE t ADD COLUMN c INT DEFAULT 0",
    'CREATE TABLE t ("returning" INT, "over" INT, "strict" TEXT)',
    'SELECT "returning" FROM t',
    "CREATE TABLE json_cache (a TEXT)",
    "INSERT INTO json_cache (a) VALUES ('x')",
    "CREATE INDEX i ON concat(a)",
    "CREATE TABLE t (a INT CHECK (a - 1 > 0))",
    "SELECT a - -1 FROM t",
    "SELECT 'json_extract(' || a FROM t",
    "CREATE TABLE u AS SELECT * FROM t",
    "SELECT * FROM t LEFT OUTER JOIN u ON t.a = u.a",
    "SELECT * FROM t WHERE a IS NOT NULL",
    "CREATE TABLE t (a INT) WITHOUT ROWID",
    "SELECT printf('%d', a) FROM t",
]


@pytest.mark.parametrize(("sql", "feature"), USES)
def test_a_statement_using_a_feature_is_recognised(sql, feature):
    assert [f.name for f in used_by(Statement(sql), Schema())] == [feature]


@pytest.mark.parametrize("sql", PLAIN)
def test_a_statement_using_no_new_feature_is_not_flagged(sql):
    assert used_by(Statement(sql), Schema()) == []


V1 = [("table", "t", "t", "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT)")]
WITH_CHILD = [*V1, ("table", "c", "c", "CREATE TABLE c (id INT, t_id INT REFERENCES t(id))")]


@pytest.mark.parametrize(
    ("rows", "sql", "behaves_differently"),
    [
        (V1, "ALTER TABLE t ADD COLUMN b INT DEFAULT 0 CHECK (b > 5)", True),
        (V1, "ALTER TABLE t ADD COLUMN b INT CHECK (b > a)", True),  # reads a: cannot tell
        (V1, "ALTER TABLE t ADD COLUMN b INT AS (a + 1) NOT NULL", True),
        (V1, "ALTER TABLE t ADD COLUMN b INT NOT NULL DEFAULT 0 CHECK (b IN (0, 1))", False),
        (V1, "ALTER TABLE t ADD COLUMN b INT CHECK (b > 5)", False),  # NULL passes a CHECK
        (V1, "ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x' CHECK (length(b) = 1)", False),
        ([], "ALTER TABLE t ADD COLUMN b INT DEFAULT 0 CHECK (b > 5)", False),  # unknown table
        (WITH_CHILD, "ALTER TABLE t RENAME TO t_old", True),
        (V1, "ALTER TABLE t RENAME TO t_old", False),  # nothing points at t
    ],
)
def test_a_behaviour_change_is_flagged_only_where_the_outcome_differs(
    rows, sql, behaves_differently
):
    names = [f.name for f in used_by(Statement(sql), from_rows(rows)) if f.kind == "behaviour"]
    assert bool(names) is behaves_differently


def test_every_feature_names_its_release_note():
    for feature in FEATURES:
        tail = "_".join(str(p) for p in feature.added)
        assert feature.source == f"https://sqlite.org/releaselog/{tail}.html"


@pytest.mark.parametrize(
    ("name", "version"),
    [
        ("ALTER TABLE ... RENAME COLUMN", "3.25.0"),
        ("UPSERT (INSERT ... ON CONFLICT DO)", "3.24.0"),
        ("window functions (OVER)", "3.25.0"),
        ("generated columns", "3.31.0"),
        ("ALTER TABLE ... DROP COLUMN", "3.35.0"),
        ("RETURNING", "3.35.0"),
        ("MATERIALIZED CTE hints", "3.35.0"),
        ("STRICT tables", "3.37.0"),
        ("-> and ->> JSON operators", "3.38.0"),
        ("built-in JSON functions", "3.38.0"),
        ("unixepoch()", "3.38.0"),
        ("IS [NOT] DISTINCT FROM", "3.39.0"),
        ("RIGHT and FULL OUTER JOIN", "3.39.0"),
        ("concat() and concat_ws()", "3.44.0"),
        ("ADD COLUMN validates CHECK on existing rows", "3.37.0"),
        ("table rename rewrites references to it", "3.26.0"),
    ],
)
def test_the_table_dates_each_feature_by_its_release(name, version):
    assert version_text({f.name: f for f in FEATURES}[name].added) == version


def test_the_docs_table_is_the_feature_table():
    assert DOC.read_text() == render_markdown()


@pytest.mark.parametrize(
    ("text", "version"), [("3.31", (3, 31, 0)), ("3.31.1", (3, 31, 1)), (" 3.45 ", (3, 45, 0))]
)
def test_a_version_reads_as_a_comparable_tuple(text, version):
    assert parse_version(text) == version


@pytest.mark.parametrize("text", ["3", "3.x", "three.one", "3.31.1.2", ""])
def test_a_malformed_version_is_refused_by_name(text):
    with pytest.raises(ValueError, match="is not X.Y or X.Y.Z"):
        parse_version(text)


VIEWED = [*V1, ("view", "v", "v", "CREATE VIEW v AS SELECT a FROM t")]
TRIGGERED = [
    *V1,
    ("table", "log", "log", "CREATE TABLE log (x)"),
    ("trigger", "g", "log", "CREATE TRIGGER g AFTER INSERT ON log BEGIN DELETE FROM t; END"),
]
OWN_TRIGGER = [
    *V1,
    ("trigger", "g", "t", "CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END"),
]


@pytest.mark.parametrize(
    ("rows", "repoints"), [(VIEWED, True), (TRIGGERED, True), (OWN_TRIGGER, False)]
)
def test_a_table_rename_depends_on_the_version_when_a_view_or_another_trigger_reads_it(
    rows, repoints
):
    schema = from_rows(rows)
    names = [f.name for f in used_by(Statement("ALTER TABLE t RENAME TO u"), schema)]
    assert ("table rename rewrites references to it" in names) is repoints


@pytest.mark.parametrize(
    ("definition", "probe"),
    [
        ("b INT DEFAULT 0 CHECK (b > 5)", "SELECT coalesce((0 > 5), 1)"),
        ("b INT CHECK (b IN (0, 1))", "SELECT coalesce((NULL IN ( 0 , 1 )), 1)"),
        ('"b b" TEXT DEFAULT \'x\' CHECK ("b b" <> \'\')', "SELECT coalesce(('x' <> ''), 1)"),
        ("b INT DEFAULT (-1) CHECK (b < 0) CHECK (b > -5)",
         "SELECT coalesce((( - 1 ) < 0), 1) AND coalesce((( - 1 ) > - 5), 1)"),
        ("b INT DEFAULT 0", None),
    ],
)  # fmt: skip
def test_the_check_probe_puts_the_default_where_the_column_was(definition, probe):
    assert check_probe_sql(lex(definition)) == probe
