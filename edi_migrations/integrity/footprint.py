"""Which foreign keys a step could have broken, from the statements SQLite compiled.

A foreign-key scan reads every child row (about 9 s at a million sessions), and a
step such as 0002 (columns added and filled) cannot break any key: after a step the
runner rescans only the child tables whose relation the step may have touched. A
relation is touched when rows of the child were inserted, deleted or had their
reference (or rowid) written; when rows of the parent were inserted (REPLACE can
delete), deleted or had their key written; when either table was created or dropped,
or lost an index; or when the child's declared references changed (``ALTER TABLE``, a
rebuild). SQLite's authorizer sees every statement as it is compiled, trigger bodies
included, and installing it expires every prepared statement, so none escapes it.
Anything this cannot reason about (``writable_schema``, ``ATTACH``) means a full scan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

WHOLE_TABLE_ACTIONS = {
    sqlite3.SQLITE_INSERT,
    sqlite3.SQLITE_DELETE,
    sqlite3.SQLITE_CREATE_TABLE,
    sqlite3.SQLITE_DROP_TABLE,
    sqlite3.SQLITE_CREATE_TEMP_TABLE,
    sqlite3.SQLITE_DROP_TEMP_TABLE,
}
# arg2 is the table. Dropping a parent's unique index breaks its keys; creating one
# cannot (a parent key without one already made the scan before the step fail).
INDEX_ACTIONS = {sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_TEMP_INDEX}
UNKNOWABLE_PRAGMAS = {"writable_schema"}


@dataclass
class Footprint:
    """Tables and columns a step's statements may write, as the authorizer saw them."""

    tables: set[str] = field(default_factory=set)  # rows or structure written, casefolded
    columns: dict[str, set[str]] = field(default_factory=dict)  # UPDATE targets by table
    unknowable: bool = False

    def record(self, action: int, arg1: str | None, arg2: str | None) -> None:
        if action in WHOLE_TABLE_ACTIONS and arg1:
            self.tables.add(arg1.casefold())
        elif action in INDEX_ACTIONS and arg2:
            self.tables.add(arg2.casefold())
        elif action == sqlite3.SQLITE_UPDATE and arg1 and arg2:
            self.columns.setdefault(arg1.casefold(), set()).add(arg2.casefold())
        elif action == sqlite3.SQLITE_ATTACH or (
            action == sqlite3.SQLITE_PRAGMA and (arg1 or "").casefold() in UNKNOWABLE_PRAGMAS
        ):
            self.unknowable = True

    def authorizer(self, deny: Callable[..., int]) -> Callable[..., int]:
        """An authorizer that records, then answers as ``deny`` does."""

        def authorize(action: int, arg1, arg2, db, trigger) -> int:
            self.record(action, arg1, arg2)
            return deny(action, arg1, arg2, db, trigger)

        return authorize

    def updated(self, table: str) -> set[str]:
        """The columns of ``table`` an UPDATE assigned (casefolded)."""
        return self.columns.get(table.casefold(), set())


References = dict[str, tuple[tuple, ...]]  # child table (casefolded) -> foreign_key_list rows


def references(conn: sqlite3.Connection) -> References:
    """Every table's declared foreign keys, to compare before and after a step."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = {}
    for table in tables:
        rows = tuple(conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table)})").fetchall())
        if rows:
            found[table.casefold()] = rows
    return found


def _key_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {
        row[1].casefold()
        for row in conn.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
        if row[5]
    }


def tables_to_rescan(
    conn: sqlite3.Connection, before: References, after: References, footprint: Footprint
) -> set[str] | None:
    """The child tables to rescan (None: all of them), from the references before the
    step and after it."""
    if footprint.unknowable:
        return None
    return {
        child
        for child, rows in after.items()
        if before.get(child) != rows or _touched(conn, footprint, child, rows)
    }


def _touched(conn: sqlite3.Connection, footprint: Footprint, child: str, rows) -> bool:
    """Whether the step wrote rows of ``child`` or of a parent, a reference or rowid of
    ``child``, or a key of a parent. Key columns are read only for a table an UPDATE hit."""
    if child in footprint.tables or any(row[2].casefold() in footprint.tables for row in rows):
        return True
    # foreign_key_list rows: id, seq, parent, from, to, on_update, on_delete, match
    if assigned := footprint.updated(child):
        references_and_keys = {"rowid", *(row[3].casefold() for row in rows)}
        if assigned & (references_and_keys | _key_columns(conn, child)):
            return True
    for row in rows:
        if assigned := footprint.updated(row[2]):
            keys = (
                {"rowid", row[4].casefold()} if row[4] else {"rowid"} | _key_columns(conn, row[2])
            )
            if assigned & keys:
                return True
    return False
