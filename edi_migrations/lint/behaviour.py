"""Statements whose outcome depends on the SQLite version: they run on both sides of
it but do something else (the behaviour rows of ``sqlite_features.FEATURES``).

Each is flagged only where the outcome really differs in the schema at hand: a CHECK
its DEFAULT satisfies, or a rename nothing points at, behaves the same everywhere.
"""

from __future__ import annotations

from edi_migrations.lint import ddl
from edi_migrations.lint.replay import Schema
from edi_migrations.lint.statements import Statement, Token, closing, find_words
from edi_migrations.sqlite.dbapi import sqlite3


def generated(definition: tuple[Token, ...]) -> bool:
    """Whether a column definition is a generated column (``AS (...)``)."""
    return find_words(definition, "as", "(") is not None


def checked_add_column(statement: Statement, schema: Schema) -> bool:
    """ADD COLUMN whose CHECK (or generated NOT NULL) existing rows might fail: from 3.37
    the ALTER then fails, below it the rows stay in violation. A CHECK that the new
    column's DEFAULT satisfies behaves the same everywhere."""
    effect = ddl.read(statement)
    table = schema.tables.get(effect.table)
    if effect.action != "add column" or table is None or not table.holds_data:
        return False
    body = effect.body
    if generated(body):
        return find_words(body, "not", "null") is not None
    probe = check_probe_sql(body)
    return probe is not None and not _probe_passes(probe)


def check_probe_sql(definition: tuple[Token, ...]) -> str | None:
    """``SELECT`` of the column's CHECKs with the column replaced by its DEFAULT (NULL
    without one): what a preexisting row holds; None without a CHECK."""
    if not definition:
        return None
    column, default = definition[0].name, "NULL"
    at = find_words(definition, "default")
    if at is not None and at + 1 < len(definition):
        end = closing(definition, at + 1) + 1 if definition[at + 1].is_op("(") else at + 2
        default = " ".join(t.raw for t in definition[at + 1 : end])
    checks = []
    at = find_words(definition, "check", "(")
    while at is not None:
        end = closing(definition, at + 1)
        inner = definition[at + 2 : end]
        checks.append(" ".join(default if _is(t, column) else t.raw for t in inner))
        at = find_words(definition, "check", "(", start=end)
    if not checks:
        return None
    return "SELECT " + " AND ".join(f"coalesce(({c}), 1)" for c in checks)


def _is(tok: Token, column: str) -> bool:
    return tok.kind in ("word", "quoted") and tok.name == column


def _probe_passes(sql: str) -> bool:
    """Whether the CHECK holds for the DEFAULT; False when it cannot be told (the CHECK
    reads another column)."""
    conn = sqlite3.connect(":memory:")
    try:
        return bool(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def repointing_rename(statement: Statement, schema: Schema) -> bool:
    """A table rename that other tables' foreign keys (or views, triggers) point at:
    below 3.26 the references keep the old name."""
    effect = ddl.read(statement)
    if effect.action != "rename" or effect.name not in schema.tables:
        return False
    readers = [
        o for o in schema.objects.values() if effect.name in o.uses and o.table != effect.name
    ]
    return bool(schema.referencing(effect.name) or readers)
