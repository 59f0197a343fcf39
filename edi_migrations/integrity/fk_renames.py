"""Renames a step made, so that the violations before it can be named as after it.

``ALTER TABLE ... RENAME`` (a table or a column) rewrites every reference to the name,
so an old dangling reference would otherwise look new under its new names. A renamed
table keeps its b-tree (its root page) and a renamed column its place in the table, so
a table whose root page holds another name after the step, its old name gone and its
new name new, was renamed; a column of a table of the same root page and as many
columns, named otherwise at the same place, too. A rebuild makes a new b-tree: its
table keeps the name it is known by (``new_x`` renamed to ``x`` is ``x`` throughout),
and a column of it named otherwise at the same place, as many columns, was renamed by
the copy (how Drizzle and TypeORM rename a column).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from edi_migrations.identifiers import quote_identifier
from edi_migrations.integrity.fk_facts import Violation
from edi_migrations.sqlite.dbapi import sqlite3

Layout = dict[int, tuple[str, tuple[str, ...]]]  # root page -> (table, its columns)


def layout(conn: sqlite3.Connection) -> Layout:
    """Each table of main by its root page, with its columns in order."""
    tables = conn.execute(
        "SELECT rootpage, name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
    ).fetchall()
    out = {}
    for page, name in tables:  # fetchall: each read is one call, over before the next
        columns = conn.execute(f"PRAGMA main.table_info({quote_identifier(name)})").fetchall()
        out[page] = (name, tuple(r[1] for r in columns))
    return out


@dataclass(frozen=True)
class Renames:
    """Table renames (old -> new, casefolded) and column renames per new table name."""

    tables: dict[str, str]
    columns: dict[str, dict[str, str]]

    def table(self, name: str) -> str:
        return self.tables.get(name.casefold(), name)

    def follow(self, v: Violation) -> Violation:
        """``v`` as named after the step."""
        table = self.table(v.table)
        moved = self.columns.get(table.casefold(), {})
        columns = tuple(moved.get(c.casefold(), c) for c in v.columns)
        row = v.row
        # The row's key named as after the step too; a rowid identity (``fk_rows``:
        # ``("rowid", page, sql)``) names no column, and a rename's new text differs anyway.
        if row is not None and moved and all(isinstance(c, str) for c in row[0][1:]):
            row = (tuple(moved.get(c.casefold(), c) for c in row[0]), *row[1:])
        return v._replace(table=table, parent=self.table(v.parent), columns=columns, row=row)


def renames(before: Layout, after: Layout) -> Renames:
    """What was renamed between two layouts of one file (root pages are the file's own)."""
    names_before = {name.casefold() for name, _ in before.values()}
    names_after = {name.casefold() for name, _ in after.values()}
    tables: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for page, was in before.items():
        now = after.get(page)
        if now is None or now == was:  # the same name and columns: nothing renamed
            continue
        (old, old_columns), (new, new_columns) = was, now
        if old.casefold() != new.casefold():
            if old.casefold() in names_after or new.casefold() in names_before:
                continue  # a page reused by another table, not a rename
            tables[old.casefold()] = new
        if moved := _moved_columns(old_columns, new_columns):
            columns[new.casefold()] = moved
    columns.update(_rebuilt_columns(before, after, tables, columns))
    return Renames(tables, columns)


def _rebuilt_columns(
    before: Layout, after: Layout, tables: dict[str, str], known: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """Columns a rebuild renamed: a table of the same name on another page (a copy renamed
    into place), neither renamed away nor into, with a column named otherwise at the same
    place (Drizzle's and TypeORM's way to rename a column on SQLite)."""
    renamed = set(tables) | {new.casefold() for new in tables.values()}
    was = {name.casefold(): (page, cols) for page, (name, cols) in before.items()}
    out: dict[str, dict[str, str]] = {}
    for page, (name, new_columns) in after.items():
        key = name.casefold()
        if key in renamed or key in known or key not in was or was[key][0] == page:
            continue
        if moved := _moved_columns(was[key][1], new_columns):
            out[key] = moved
    return out


def _moved_columns(old: tuple[str, ...], new: tuple[str, ...]) -> dict[str, str]:
    """Columns named otherwise at the same place, the old name gone and the new one new
    (a column dropped and another added is no rename)."""
    if len(old) != len(new):
        return {}
    was, now = {c.casefold() for c in old}, {c.casefold() for c in new}
    return {
        a.casefold(): b
        for a, b in zip(old, new, strict=True)
        if a.casefold() != b.casefold() and a.casefold() not in now and b.casefold() not in was
    }


def followed(violations: Iterable[Violation], names: Renames) -> set[Violation]:
    """``violations`` under the names they have after the step."""
    if not names.tables and not names.columns:
        return set(violations)
    return {names.follow(v) for v in violations}


def table_renamed(old: str, new: str) -> Renames:
    """A declared ``RenameTable`` (the harness follows declarations, not root pages)."""
    return Renames({old.casefold(): new}, {})


def column_renamed(table: str, old: str, new: str) -> Renames:
    """A declared ``RenameColumn`` of ``table`` as it is named at that point."""
    return Renames({}, {table.casefold(): {old.casefold(): new}})
