"""Which row 'triggers fire' touches, where the app's connection enforces foreign keys.

Deleting a parent row that a child still references under a plain ``REFERENCES`` (no
action, ``RESTRICT``) is refused by SQLite itself, "FOREIGN KEY constraint failed",
whatever the table's triggers do: the app's own rule, not a trigger that fails. So the
check touches a row no such child references where one exists (its delete triggers then
really fire); where every row is referenced, that refusal of the delete is the app's rule.
"""

from __future__ import annotations

from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

REFUSED_BY_KEYS = "FOREIGN KEY constraint failed"
RESTRICTING = frozenset({"NO ACTION", "RESTRICT"})


def unreferenced(conn: sqlite3.Connection, table: str) -> str:
    """An SQL condition over ``table`` (as named in the query's FROM) true for a row no
    restricting child references; empty where foreign keys are off or none restrict."""
    if not conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        return ""
    name = quote_identifier(table)
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    primary = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    children = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conditions = []
    for (child,) in children:
        keys: dict[int, list[tuple]] = {}
        for row in conn.execute(f"PRAGMA foreign_key_list({quote_identifier(child)})"):
            keys.setdefault(row[0], []).append(row)
        for parts in keys.values():
            parts.sort(key=lambda r: r[1])
            if parts[0][2].casefold() != table.casefold() or parts[0][6] not in RESTRICTING:
                continue
            to = tuple(r[4] for r in parts)
            to = primary if any(t is None for t in to) else to
            if len(to) != len(parts):
                continue
            match = " AND ".join(
                f"c.{quote_identifier(r[3])} = {name}.{quote_identifier(t)}"
                for r, t in zip(parts, to, strict=True)
            )
            child_name = quote_identifier(child)
            conditions.append(f"NOT EXISTS (SELECT 1 FROM main.{child_name} AS c WHERE {match})")
    return " AND ".join(conditions)
