"""The replay's copy of the start read again only where the replay wrote to it.

A path's declared moves, merges and recomputations are replayed on an in-memory copy of
its start (:mod:`edi_migrations.harness.invariants.declared_replay`), and what the app's
triggers made of the copy is what the upgraded database must hold. Most tables are never
written by the replay: their rows are the start's, which the path's before-snapshot has
read already, so reading them again is the inner loop's largest repeated cost.

What the replay writes is what SQLite's authorizer is asked about while its statements
are prepared: every table an INSERT, UPDATE or DELETE names, the app's trigger bodies
included, however deeply they nest (each is compiled into the statement that fires it).
Added to those: every table a foreign-key action (CASCADE, SET NULL, SET DEFAULT) can
write from one of them, and every virtual table (one may read its content from any
table). Only these are read again; the views are always read again whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from edi_migrations.harness.dbstate import state_of
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.virtual_tables import layout
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

WRITES = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})
FK_WRITES = frozenset({"CASCADE", "SET NULL", "SET DEFAULT"})


@contextmanager
def writes_logged(conn: sqlite3.Connection) -> Iterator[set[str]]:
    """The (casefolded) names of the tables the statements prepared in the block write,
    through triggers too; statements run as ever (the authorizer allows everything)."""
    written: set[str] = set()

    def authorize(action: int, arg1: str | None, arg2, db, trigger) -> int:
        if action in WRITES and arg1:
            written.add(arg1.casefold())
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)
    try:
        yield written
    finally:
        conn.set_authorizer(None)


def touched_tables(conn: sqlite3.Connection, written: set[str]) -> frozenset[str]:
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
    return frozenset(t for t in tables if t.casefold() in reached | virtual)


def replay_snapshot(
    conn: sqlite3.Connection, start: Snapshot, touched: frozenset[str], skip_view_rows: frozenset[str]
) -> Snapshot:
    """The rows and views of the replayed copy (``start``: the start's snapshot, whose
    tables the replay did not touch are taken as they are, the same objects). The replay
    writes rows only, never the schema, so the schema is the start's."""
    from edi_migrations.harness.invariants.compare import views_of

    read = state_of(conn, start.model, only=touched)
    kept = {t: rows for t, rows in start.state.tables.items() if t not in touched}
    unreadable = {t: e for t, e in start.state.unreadable.items() if t not in touched}
    state = dataclasses.replace(
        start.state,
        tables={**kept, **read.tables},
        unreadable={**unreadable, **read.unreadable},
    )
    views, errors = views_of(conn, start.model, skip_view_rows)
    return dataclasses.replace(start, state=state, views=views, view_errors=errors)
