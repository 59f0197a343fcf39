"""What the foreign-key scan learns of a schema, kept per table text within a process.

Before a run's first step the scan reads every child table's keys, whether the anti-join
may answer for it and each table's row key: a dozen PRAGMA and EXPLAIN statements a
table, the larger part of a scan of a small database, and the same again at every call
of a stepwise walk, and for every table a step rescans. Each fact follows from a few rows
of ``sqlite_master`` (``table_texts``): a child's from its own text and its parents'
(their indexes decide whether SQLite's own scan refuses it), a row key from its table's
text and indexes. So a fact is learnt once per those texts, and a table whose text (or
whose parents' text) changed is learnt afresh. A schema text seen whole before (a walk's
next call) finds its facts in one look-up. Anything in temp, which can shadow a name,
makes the scan learn everything afresh, for itself alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from edi_migrations.integrity.table_texts import SHARED, Tables, fk_rows, nocase, read_tables
from edi_migrations.sqlite.dbapi import sqlite3

T = TypeVar("T")
KEPT = 256  # whole schema texts remembered; the oldest is forgotten first
_LOCK = threading.Lock()  # the integrity gate scans a byte copy on another thread
_LEARNT: dict[bytes, dict[Hashable, object]] = {}


def _learnt(tables: Tables) -> dict[Hashable, object]:
    """The facts already learnt of this whole schema text (the newest last)."""
    with _LOCK:
        facts = _LEARNT.pop(tables.digest, None)
        if facts is None:
            facts = {}
            if len(_LEARNT) >= KEPT:
                _LEARNT.pop(next(iter(_LEARNT)))
        _LEARNT[tables.digest] = facts
    return facts


class SchemaFacts:
    """One scan's facts: ``learn`` reads a fact once per text (with no connection, or a
    temporary schema, once per scan: nothing is kept, no statement is added); ``whole``:
    a scan of every table, whose whole text is looked up first."""

    def __init__(
        self, conn: sqlite3.Connection | None, tables: Tables | None = None, whole: bool = True
    ) -> None:
        self.conn = conn
        self.tables: Tables | None = None
        self.facts: dict[Hashable, object] = {}
        if conn is not None:
            read = tables if tables is not None else read_tables(conn)
            self.tables = None if read.in_temp else read
            if self.tables is not None and whole:  # a rescan's text is mostly new
                self.facts = _learnt(self.tables)

    def learn(self, kind: str, name: str, read: Callable[[], T]) -> T:
        """The fact ``kind`` (``child`` or ``key``) of table ``name``, read by ``read``
        the first time."""
        if (kind, name) not in self.facts:
            if self.tables is None:
                self.facts[(kind, name)] = read()
            else:
                key = (kind, nocase(name), *self._depends(kind, name))
                self.facts[(kind, name)] = SHARED.get(key, read)
        return self.facts[(kind, name)]  # type: ignore[return-value]

    def _depends(self, kind: str, name: str) -> tuple:
        """The texts the fact follows from: the table's, and a child's parents'."""
        assert self.tables is not None and self.conn is not None
        text = self.tables.text(name)
        if kind != "child" or text is None or text[0] != "table":
            return (text,)
        conn, (_kind, exact, sql, _indexes) = self.conn, text
        rows = SHARED.get(("fks", exact, sql), lambda: fk_rows(conn, exact))
        parents = sorted({nocase(r[2]) for r in rows})
        return (text, tuple((p, self.tables.text(p)) for p in parents))
