"""The replay's copy of the start read again only where the replay wrote to it.

A path's declared moves, merges and recomputations are replayed on an in-memory copy of
its start (:mod:`edi_migrations.harness.invariants.declared_replay`), and what the app's
triggers made of the copy is what the upgraded database must hold. Most tables are never
written by the replay: their rows are the start's, which the path's before-snapshot has
read already, so reading them again is the inner loop's largest repeated cost.

What the replay writes is what SQLite's authorizer is asked about while its statements
are prepared: every table an INSERT, UPDATE or DELETE names, the app's trigger bodies
included, however deeply they nest (each is compiled into the statement that fires it).
A rowid table only ever deleted from keeps the start's rows it still holds (only its
rowids are read). Added to those: every table a foreign-key action (CASCADE, SET NULL, SET DEFAULT) can
write from one of them, and every virtual table (one may read its content from any
table). Only these are read again; the views are always read again whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from edi_migrations.harness.budget import guarded
from edi_migrations.harness.dbstate import TableRows, row_id_of, row_key_columns, state_of
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.packed_states import TablesView, entries_of
from edi_migrations.harness.virtual_tables import layout
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})
FK_WRITES = frozenset({"CASCADE", "SET NULL", "SET DEFAULT"})


@contextmanager
def writes_logged(conn: sqlite3.Connection) -> Iterator[dict[str, set[int]]]:
    """The (casefolded) names of the tables the statements prepared in the block write,
    through triggers too, each with its kinds of write; statements run as ever (the
    authorizer allows everything)."""
    written: dict[str, set[int]] = {}

    def authorize(action: int, arg1: str | None, arg2, db, trigger) -> int:
        if action in WRITES and arg1:
            written.setdefault(arg1.casefold(), set()).add(action)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)
    try:
        yield written
    finally:
        conn.set_authorizer(None)


@dataclass(frozen=True)
class Touched:
    """The tables whose rows the replay may have changed, and of those the rowid tables
    it only deleted from (their remaining rows are the start's)."""

    tables: frozenset[str]
    shrunk: frozenset[str]


def touched_tables(conn: sqlite3.Connection, written: dict[str, set[int]]) -> Touched:
    """The tables of ``conn`` whose rows may differ from the start's after statements that
    wrote ``written``: those, what foreign-key actions reach from them, virtual tables."""
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    acting: dict[str, set[str]] = {}  # parent -> children an FK action on it can write
    for child in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({quote_identifier(child)})"):
            parent, on_update, on_delete = fk[2], fk[5], fk[6]
            if {on_update.upper(), on_delete.upper()} & FK_WRITES:
                acting.setdefault(parent.casefold(), set()).add(child.casefold())
    reached, waiting = set(), list(written)
    while waiting:
        name = waiting.pop()
        if name not in reached:
            reached.add(name)
            waiting += acting.get(name, ())
    virtual = {name.casefold() for name in layout(conn)[0]}
    touched = frozenset(t for t in tables if t.casefold() in reached | virtual)
    deletes = {sqlite3.SQLITE_DELETE}
    shrunk = frozenset(
        t
        for t in touched
        if written.get(t.casefold()) == deletes
        and not any(t.casefold() in children for children in acting.values())
        and t.casefold() not in virtual
        and row_key_columns(conn, t) == ("rowid",)
    )
    return Touched(touched, shrunk)


def replay_snapshot(
    conn: sqlite3.Connection, start: Snapshot, touched: Touched, skip_view_rows: frozenset[str]
) -> Snapshot:
    """The rows and views of the replayed copy (``start``: the start's snapshot, whose
    tables the replay did not touch are taken as they are, the same objects, each looked
    up in it when asked for). The replay writes rows only, never the schema, so the
    schema is the start's."""
    from edi_migrations.harness.invariants.compare import views_of

    read = state_of(conn, start.model, only=touched.tables - touched.shrunk)
    tables = start.state.tables
    entries = {t: entry for t, entry in entries_of(tables).items() if t not in touched.tables}
    for table in touched.shrunk & tables.keys():
        entries[table] = (tables, table, partial(_still_held, _held_rowids(conn, table)))
    entries.update(entries_of(read.tables))
    unreadable = {t: e for t, e in start.state.unreadable.items() if t not in touched.tables}
    state = dataclasses.replace(
        start.state,
        tables=TablesView(entries),
        unreadable={**unreadable, **read.unreadable},
    )
    views, errors = views_of(conn, start.model, skip_view_rows)
    return dataclasses.replace(start, state=state, views=views, view_errors=errors)


def _held_rowids(conn: sqlite3.Connection, table: str) -> list[int]:
    """The rowids of ``table`` the replayed copy still holds."""
    with guarded(f"the rowids of table {table!r}, replayed"):
        row_id = row_id_of(conn, table)
        return [r[0] for r in conn.execute(f"SELECT {row_id} FROM {quote_identifier(table)}")]


def _still_held(held: list[int], rows: TableRows) -> TableRows:
    """The start's rows of a table (the same row objects) that the copy still holds."""
    return TableRows(rows.columns, {rowid: rows.rows[rowid] for rowid in held})
