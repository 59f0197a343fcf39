"""Which row 'triggers fire' touches, where the app's connection enforces foreign keys.

Deleting a parent row that a child still references under a plain ``REFERENCES`` (no
action, ``RESTRICT``) is refused by SQLite itself, "FOREIGN KEY constraint failed",
whatever the table's triggers do: the app's own rule, not a trigger that fails. So the
check touches a row no such child references where one exists (its delete triggers then
really fire); where every row is referenced, that refusal of the delete is the app's rule.
So is any refusal the same statement meets with no trigger at all: a parent whose children
go with it (``ON DELETE CASCADE``) while a grandchild still references them, or whose
children's ``NOT NULL`` key an ``ON DELETE SET NULL`` would empty (no restricting child
there, so no row to choose around).
"""

from __future__ import annotations

from edi_migrations.harness.budget import interrupted_by_budget
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


def refused_untriggered(conn: sqlite3.Connection, statement: str, args: tuple) -> str | None:
    """What ``statement`` fails with where no trigger fires (None: it succeeds), tried in
    a savepoint with every trigger dropped and then rolled back: a failure it meets anyway
    is the app's own rule, not a trigger's."""
    conn.execute("SAVEPOINT untriggered")
    try:
        for schema in ("main", "temp"):
            found = f"SELECT name FROM {schema}.sqlite_master WHERE type = 'trigger'"
            for (name,) in conn.execute(found).fetchall():
                conn.execute(f"DROP TRIGGER {schema}.{quote_identifier(name)}")
        try:
            conn.execute(statement, args)
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.OperationalError) and interrupted_by_budget(exc):
                raise
            return str(exc)
        return None
    finally:
        conn.execute("ROLLBACK TO untriggered")
        conn.execute("RELEASE untriggered")
