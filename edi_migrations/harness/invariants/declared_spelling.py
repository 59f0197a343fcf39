"""Declarations respelled as the schema spells its names.

SQLite's names are case-insensitive: a table created as ``Notes`` is ``notes`` to every
statement, and an author declares ``Backfill("notes", "slug")`` as they write their SQL.
The harness compares names exactly (``Notes.slug``), so that declaration allowed nothing
and the sound migration failed, the evidence pasting ``Backfill("Notes", ...)``. Each
name a declaration gives that the path's start or end schema spells in another case
only is respelled as there; a name neither holds stays as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from edi_migrations import changes as ch
from edi_migrations.schema.model import Schema

_TABLE_FIELDS = {
    ch.RenameTable: ("old", "new"),
    ch.MoveRows: ("table", "to"),
    ch.RestoreRows: ("table", "source"),
}
_COLUMN_FIELDS = {ch.RenameColumn: ("old", "new"), ch.Backfill: ("column", "from_column")}


@dataclass(frozen=True)
class Spelling:
    """The schema's spelling of each table, and of each column by its table."""

    tables: dict[str, str]  # folded -> as spelled
    columns: dict[tuple[str, str], str]  # (table, column) folded -> as spelled

    @classmethod
    def of(cls, schemas: Iterable[Schema]) -> Spelling:
        tables: dict[str, str] = {}
        columns: dict[tuple[str, str], str] = {}
        for schema in schemas:
            for name, table in schema.tables.items():
                tables[name] = name  # a name spelled exactly is itself
                tables.setdefault(fold(name), name)
                for column in table.columns:
                    columns[(fold(name), column.name)] = column.name
                    columns.setdefault((fold(name), fold(column.name)), column.name)
        return cls(tables, columns)

    def table(self, name: str) -> str:
        return self.tables.get(name) or self.tables.get(fold(name), name)

    def column(self, table: str, name: str) -> str:
        key = fold(table)
        return self.columns.get((key, name)) or self.columns.get((key, fold(name)), name)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(name: str) -> str:
    """``name`` as SQLite compares names: ASCII letters in either case, nothing else
    folded (``Größe`` and ``GRÖSSE`` are two tables)."""
    return name.translate(_ASCII_LOWER)


def respelled(path: Sequence[ch.Change], spelling: Spelling) -> list[ch.Change]:
    """``path`` with each declared name as ``spelling`` spells it (the same objects where
    nothing differs, so that composing them again is a lookup)."""
    return [_respelled(change, spelling) for change in path]


def _respelled(change: ch.Change, spelling: Spelling) -> ch.Change:
    updates: dict[str, str] = {}
    table_fields = _TABLE_FIELDS.get(type(change), ("table",))
    for name in table_fields:
        value = getattr(change, name, None)
        if isinstance(value, str) and spelling.table(value) != value:
            updates[name] = spelling.table(value)
    table = getattr(change, "table", None)
    if isinstance(table, str):
        table = updates.get("table", table)
        for name in _COLUMN_FIELDS.get(type(change), ("column",)):
            value = getattr(change, name, None)
            if isinstance(value, str) and spelling.column(table, value) != value:
                updates[name] = spelling.column(table, value)
    return dataclasses.replace(change, **updates) if updates else change  # type: ignore[type-var]
