"""Foreign-key violations, keyed so that a reused rowid still counts as a new violation."""

from __future__ import annotations

from collections.abc import Iterable

from edi_migrations.dbapi import sqlite3

from .identifiers import quote_identifier


def foreign_key_violations(
    conn: sqlite3.Connection, tables: Iterable[str] | None = None
) -> set[tuple]:
    """``(table, rowid, parent, fk id, child key values)`` for each violating row, in the
    whole database or in the child ``tables`` named (for a WITHOUT ROWID table, whose rows
    SQLite does not name: ``(table, None, parent, fk id, ("without rowid", n))``)."""
    scans = (
        ["PRAGMA foreign_key_check"]
        if tables is None
        else [f"PRAGMA foreign_key_check({quote_identifier(t)})" for t in tables]
    )
    found = set()
    violations = [row for scan in scans for row in conn.execute(scan).fetchall()]
    unkeyed: dict[tuple, int] = {}
    for table, rowid, parent, fkid in violations:
        if rowid is None:
            # A WITHOUT ROWID table: SQLite names no row, so its violations of one key
            # are counted (the n-th is new when only n-1 were there before).
            n = unkeyed[(table, parent, fkid)] = unkeyed.get((table, parent, fkid), 0) + 1
            found.add((table, None, parent, fkid, ("without rowid", n)))
            continue
        columns = [
            r[3] for r in conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table)})") if r[0] == fkid
        ]
        select = ", ".join(quote_identifier(c) for c in columns)
        values = conn.execute(
            f"SELECT {select} FROM {quote_identifier(table)} WHERE rowid = ?", (rowid,)
        ).fetchone()
        found.add((table, rowid, parent, fkid, values))
    return found
