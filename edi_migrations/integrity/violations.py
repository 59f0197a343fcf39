"""Foreign-key violations, keyed so that a reused rowid still counts as a new violation.

Each child table is scanned with the anti-join of ``fk_scan`` where it says exactly
what ``PRAGMA foreign_key_check`` says, and with the PRAGMA otherwise."""

from __future__ import annotations

from collections.abc import Iterable

from edi_migrations.identifiers import quote_identifier
from edi_migrations.integrity import fk_scan
from edi_migrations.sqlite.dbapi import sqlite3


def foreign_key_violations(
    conn: sqlite3.Connection, tables: Iterable[str] | None = None
) -> set[tuple]:
    """``(table, rowid, parent, fk id, child key values)`` for each violating row, in the
    whole database or in the child ``tables`` named (for a WITHOUT ROWID table, whose rows
    SQLite does not name: ``(table, None, parent, fk id, ("without rowid", n))``)."""
    if tables is None and _temp_tables(conn):  # the anti-join reads main only
        return pragma_violations(conn, [fk_scan.pragma_sql(None)])
    names = _child_tables(conn) if tables is None else list(tables)
    found: set[tuple] = set()
    for name in names:
        child = read_child_table(conn, name)
        if child is None:  # not a table of main: SQLite's answer, whatever it is
            found |= pragma_violations(conn, [fk_scan.pragma_sql(name)])
        elif child.eligible:
            found |= anti_join_violations(conn, child)
        elif child.foreign_keys:
            found |= pragma_violations(conn, [fk_scan.pragma_sql(child.name)])
    return found


def anti_join_violations(conn: sqlite3.Connection, child: fk_scan.ChildTable) -> set[tuple]:
    return {
        (child.name, row[0], key.parent, key.fkid, tuple(row[1:]))
        for key in child.foreign_keys
        for row in conn.execute(fk_scan.anti_join_sql(key))
    }


def read_child_table(conn: sqlite3.Connection, table: str) -> fk_scan.ChildTable | None:
    """The child table named ``table`` (any case) in main, or None when there is none."""
    name = _table_name(conn, table)
    if name is None:
        return None
    rows = conn.execute(f"PRAGMA main.foreign_key_list({quote_identifier(name)})").fetchall()
    parents = {r[2] for r in rows}
    present = {
        p.casefold(): _primary_key(conn, p) for p in parents if _table_name(conn, p) is not None
    }
    return fk_scan.ChildTable(
        name=name,
        foreign_keys=fk_scan.group_foreign_keys(name, rows, present),
        has_rowid=_has_rowid(conn, name),
        columns=frozenset(
            r[1].casefold()
            for r in conn.execute(f"PRAGMA main.table_xinfo({quote_identifier(name)})")
        ),
        parents_present=all(p.casefold() in present for p in parents),
        pragma_prepares=_prepares(conn, fk_scan.pragma_sql(name)),
    )


def pragma_violations(conn: sqlite3.Connection, scans: list[str]) -> set[tuple]:
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
            r[3]
            for r in conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table)})")
            if r[0] == fkid
        ]
        select = ", ".join(quote_identifier(c) for c in columns)
        values = conn.execute(
            f"SELECT {select} FROM {quote_identifier(table)} WHERE rowid = ?", (rowid,)
        ).fetchone()
        found.add((table, rowid, parent, fkid, values))
    return found


def _child_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]


def _temp_tables(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' LIMIT 1").fetchone()
        is not None
    )


def _table_name(conn: sqlite3.Connection, name: str) -> str | None:
    """The table of main named ``name`` in any case, as it is spelled there; None if none."""
    row = conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
        (name,),
    ).fetchone()
    return None if row is None else row[0]


def _primary_key(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    info = conn.execute(f"PRAGMA main.table_info({quote_identifier(table)})").fetchall()
    return tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    return _prepares(conn, f"SELECT rowid FROM main.{quote_identifier(table)} LIMIT 0")


def _prepares(conn: sqlite3.Connection, sql: str) -> bool:
    """Whether SQLite compiles ``sql`` (EXPLAIN: nothing runs)."""
    try:
        conn.execute(f"EXPLAIN {sql}").fetchall()
    except sqlite3.DatabaseError:
        return False
    return True
