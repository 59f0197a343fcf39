"""The schema as a migration's statements change it, one statement at a time.

Rules such as "an index of the rebuilt table was not recreated" or "the dropped table
is still referenced" depend on what exists when a statement runs. The trace holds the
statements, not the schema between them, so the schema is replayed from the one
before the migration (sqlite_master) through each statement's effect (``ddl.read``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from edi_migrations.lint import ddl
from edi_migrations.lint.statements import Statement
from edi_migrations.lint.unique_keys import renamed_column, table_keys
from edi_migrations.sqlite.dbapi import sqlite3


@dataclass(frozen=True)
class Table:
    name: str  # case-folded
    references: frozenset[str] = frozenset()
    holds_data: bool = False  # rows that were there before the migration (or copied)
    keys: frozenset[tuple[str, ...]] = frozenset()  # column sets it keeps unique (unique_keys)


@dataclass(frozen=True)
class Attached:
    """An index, trigger or view: ``table`` for the first two; ``uses``, the names a
    view or trigger's SQL mentions."""

    kind: str
    name: str
    table: str = ""
    unique: bool = False
    sql: str = ""
    uses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Schema:
    tables: dict[str, Table] = field(default_factory=dict)
    objects: dict[str, Attached] = field(default_factory=dict)  # by case-folded name
    # PRAGMA legacy_alter_table=ON ran: a rename rewrites nothing outside its table
    legacy_renames: bool = False

    def of_table(self, table: str) -> list[Attached]:
        """The indexes and triggers on ``table`` and the views that may read it."""
        return [
            o
            for o in self.objects.values()
            if o.table == table or (o.kind == "view" and table in o.uses)
        ]

    def referencing(self, table: str) -> list[str]:
        """Other tables whose foreign keys name ``table``."""
        return sorted(
            t.name for t in self.tables.values() if table in t.references and t.name != table
        )


def from_rows(rows: Iterable[tuple[str, str, str, str | None]]) -> Schema:
    """The schema of sqlite_master rows (type, name, tbl_name, sql): every table taken
    to hold data, as a database in the field may."""
    schema = Schema()
    ordered = sorted(rows, key=lambda r: r[0] != "table")
    for kind, name, _, sql in ordered:
        if sql is None:  # an automatic index
            continue
        schema = apply(schema, Statement(sql))
        if kind == "table" and name.casefold() in schema.tables:
            table = schema.tables[name.casefold()]
            schema = _with_table(schema, replace(table, holds_data=True))
    return schema


def read_schema(conn: sqlite3.Connection) -> Schema:
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return from_rows(rows)


def apply(schema: Schema, statement: Statement) -> Schema:
    """The schema after ``statement``."""
    effect = ddl.read(statement)
    if effect.action == "create":
        return _create(schema, effect, statement)
    if effect.action == "drop":
        return _drop(schema, effect)
    if effect.action == "pragma" and effect.name == "legacy_alter_table":
        value = ddl.pragma_value(statement)
        return schema if value is None else replace(schema, legacy_renames=ddl.turns_on(value))
    if effect.action == "rename" and effect.name in schema.tables:
        return _rename(schema, effect.name, effect.new_name)
    if effect.action == "rename column" and effect.table in schema.tables:
        table = schema.tables[effect.table]
        return _with_table(schema, replace(table, keys=renamed_column(table.keys, statement)))
    if effect.action == "insert" and effect.table in schema.tables:
        return _with_table(schema, replace(schema.tables[effect.table], holds_data=True))
    return schema


def _create(schema: Schema, effect: ddl.Ddl, statement: Statement) -> Schema:
    if effect.kind == "table":
        copied = not effect.body and statement.has_words("as")  # CREATE TABLE .. AS SELECT
        keys = table_keys(effect.body)
        table = Table(effect.name, ddl.references(effect.body), holds_data=copied, keys=keys)
        return _with_table(schema, table)
    uses = ddl.names_used(statement) if effect.kind in ("view", "trigger") else frozenset()
    obj = Attached(effect.kind, effect.name, effect.table, effect.unique, statement.sql, uses)
    return replace(schema, objects={**schema.objects, effect.name: obj})


def _drop(schema: Schema, effect: ddl.Ddl) -> Schema:
    if effect.kind != "table":
        return replace(
            schema, objects={k: v for k, v in schema.objects.items() if k != effect.name}
        )
    tables = {k: v for k, v in schema.tables.items() if k != effect.name}
    objects = {k: v for k, v in schema.objects.items() if v.table != effect.name}
    return replace(schema, tables=tables, objects=objects)


def _rename(schema: Schema, old: str, new: str) -> Schema:
    """Indexes and triggers follow the table; so do other tables' foreign keys (SQLite
    3.26 and later, as the runner runs with legacy_alter_table off), unless the migration
    turned it on (the runner's foreign keys are off: nothing else is rewritten then)."""
    tables = {}
    for key, table in schema.tables.items():
        refs = table.references
        if not schema.legacy_renames or key == old:
            refs = frozenset(new if r == old else r for r in table.references)
        if key == old:
            tables[new] = replace(table, name=new, references=refs)
        else:
            tables[key] = replace(table, references=refs)
    objects = {k: replace(v, table=new) if v.table == old else v for k, v in schema.objects.items()}
    return replace(schema, tables=tables, objects=objects)


def _with_table(schema: Schema, table: Table) -> Schema:
    return replace(schema, tables={**schema.tables, table.name: table})
