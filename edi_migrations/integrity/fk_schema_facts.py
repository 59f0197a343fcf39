"""What the foreign-key scan learns of a schema, kept per schema text within a process.

Before a run's first step the scan reads every child table's keys, whether the anti-join
may answer for it and each table's row key: a dozen PRAGMA and EXPLAIN statements a
table, the larger part of a scan of a small database, and the same again at every call
of a stepwise walk whose databases have the schema another walk already had. All of it
follows from the text of ``sqlite_master`` (main's, and temp's, which can shadow a
name), so it is learnt once per text; any other text is learnt afresh.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import TypeVar

from edi_migrations.sqlite.dbapi import sqlite3

KEPT = 256  # schema texts remembered; the oldest is forgotten first
T = TypeVar("T")

_TEXT = (
    "SELECT 'main', type, name, tbl_name, sql FROM main.sqlite_master "
    "UNION ALL SELECT 'temp', type, name, tbl_name, sql FROM temp.sqlite_master "
    "ORDER BY 1, 2, 3, 4, 5"
)
_LOCK = threading.Lock()  # the integrity gate scans a byte copy on another thread
_LEARNT: dict[bytes, dict[tuple[str, str], object]] = {}


def schema_key(conn: sqlite3.Connection) -> bytes:
    """A digest of the schema text of ``conn`` (main and temp)."""
    rows = conn.execute(_TEXT).fetchall()
    return hashlib.sha256(repr(rows).encode("utf-8", "surrogatepass")).digest()


class SchemaFacts:
    """One schema's learnt facts, for one scan: ``learn`` reads a fact once per text
    (with no connection, once per scan: nothing is kept, no statement is added)."""

    def __init__(self, conn: sqlite3.Connection | None) -> None:
        if conn is None:
            self.facts: dict[tuple[str, str], object] = {}
            return
        key = schema_key(conn)
        with _LOCK:
            facts = _LEARNT.pop(key, None)
            if facts is None:
                facts = {}
                if len(_LEARNT) >= KEPT:
                    _LEARNT.pop(next(iter(_LEARNT)))
            _LEARNT[key] = facts  # the newest last
        self.facts = facts

    def learn(self, kind: str, name: str, read: Callable[[], T]) -> T:
        """The fact ``kind`` of table ``name``, read by ``read`` the first time."""
        if (kind, name) not in self.facts:
            self.facts[(kind, name)] = read()
        return self.facts[(kind, name)]  # type: ignore[return-value]
