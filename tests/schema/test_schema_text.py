"""The canonical schema text: equal for equal schemas, different for any semantic change."""

from __future__ import annotations

import pytest

from edi_migrations import schema_of
from edi_migrations.sqlite.dbapi import sqlite3

STATEMENTS = [
    """CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL DEFAULT 'a',
       p TEXT REFERENCES parent(id) ON DELETE CASCADE, CHECK (s IN ('a', 'b')))""",
    "CREATE TABLE parent (id TEXT PRIMARY KEY)",
    "CREATE INDEX ix ON t(s) WHERE s = 'a'",
    "CREATE VIEW v AS SELECT id FROM t",
    "CREATE TRIGGER tr AFTER UPDATE ON t BEGIN SELECT 1; END",
]
BASE = ";\n".join(STATEMENTS) + ";"


def text(script: str) -> str:
    conn = sqlite3.connect(":memory:")
    conn.executescript(script)
    return schema_of(conn)


SAME = [
    # whitespace and line breaks
    BASE.replace(", ", ",\n     "),
    # keyword case
    BASE.replace("CREATE TABLE", "create table").replace("PRIMARY KEY", "primary key"),
    # quoted identifiers
    BASE.replace("CREATE TABLE t ", 'CREATE TABLE "t" ').replace("ON t(s)", 'ON "t"(s)'),
    # IF NOT EXISTS
    BASE.replace("CREATE INDEX ix", "CREATE INDEX IF NOT EXISTS ix"),
    # objects created in another order
    ";\n".join(STATEMENTS[i] for i in (1, 0, 2, 4, 3)) + ";",
]

DIFFERENT = [
    # a column type
    BASE.replace("s TEXT NOT NULL", "s INT NOT NULL"),
    # nullability
    BASE.replace("s TEXT NOT NULL", "s TEXT"),
    # a default
    BASE.replace("DEFAULT 'a'", "DEFAULT 'b'"),
    # a foreign-key action
    BASE.replace("ON DELETE CASCADE", "ON DELETE SET NULL"),
    # a CHECK
    BASE.replace("('a', 'b')", "('a', 'b', 'c')"),
    # an index's WHERE
    BASE.replace("WHERE s = 'a'", "WHERE s = 'b'"),
    # an index's columns
    BASE.replace("ON t(s)", "ON t(s, p)"),
    # a view's body
    BASE.replace("SELECT id FROM t", "SELECT id, s FROM t"),
    # a trigger's body
    BASE.replace("SELECT 1", "SELECT 2"),
    # a string literal's case
    BASE.replace("DEFAULT 'a'", "DEFAULT 'A'"),
]


@pytest.mark.parametrize(
    "variant", SAME, ids=["whitespace", "case", "quoting", "if-not-exists", "order"]
)
def test_equal_schemas_give_equal_text(variant):
    assert text(variant) == text(BASE)


@pytest.mark.parametrize(
    "variant",
    DIFFERENT,
    ids=[
        "type",
        "notnull",
        "default",
        "fk-action",
        "check",
        "where",
        "index-cols",
        "view",
        "trigger",
        "literal",
    ],
)
def test_any_semantic_change_gives_different_text(variant):
    assert text(variant) != text(BASE)


def test_text_names_every_part_a_reviewer_needs():
    rendered = text(BASE)
    for part in (
        "table t",
        "column s TEXT not null default 'a'",
        "foreign key (p) references parent (id) on update NO ACTION on delete CASCADE",
        "check (s in ('a', 'b'))",
        "index ix on t (s)\n  where s = 'a'",
        "view v\n  select id from t",
        "trigger tr on t",
    ):
        assert part in rendered


def test_a_blob_literal_is_one_token_whatever_the_case_of_its_x():
    from edi_migrations.schema import tokens as sqltext

    assert sqltext.tokens("DEFAULT X'0aFF'") == sqltext.tokens("default x'0aFF'")
    assert sqltext.tokens("DEFAULT X'0aFF'") == ["default", "x'0aFF'"]
