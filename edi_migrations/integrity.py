"""Foreign-key violations, keyed so that a reused rowid still counts as a new violation."""

from __future__ import annotations

import sqlite3

from .rebuild import quote


def foreign_key_violations(conn: sqlite3.Connection) -> set[tuple]:
    """``(table, rowid, parent, fk id, child key values)`` for each violating row."""
    found = set()
    for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        columns = [
            r[3] for r in conn.execute(f"PRAGMA foreign_key_list({quote(table)})") if r[0] == fkid
        ]
        select = ", ".join(quote(c) for c in columns)
        values = conn.execute(
            f"SELECT {select} FROM {quote(table)} WHERE rowid = ?", (rowid,)
        ).fetchone()
        found.add((table, rowid, parent, fkid, values))
    return found
