"""Foreign-key violations read as facts (``fk_facts``): each violating row named by its key.

The scan (``integrity.foreign_key_violations``) says where each violating row is now
(its rowid). Its identity is read only for those rows, and only where the key is not the
rowid itself: the scan stays the anti-join it was (a query also selecting the key would
read the table instead of a covering index on the child's columns).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from edi_migrations.identifiers import quote_identifier
from edi_migrations.integrity import fk_scan
from edi_migrations.integrity.fk_facts import Violation
from edi_migrations.integrity.fk_scan import ChildTable
from edi_migrations.integrity.fk_schema_facts import SchemaFacts
from edi_migrations.integrity.table_texts import Tables
from edi_migrations.integrity.violations import (
    _child_tables,
    _temp_tables,
    foreign_key_violations,
    read_child_table,
)
from edi_migrations.schema.rowid_alias import rowid_alias
from edi_migrations.sqlite.dbapi import sqlite3

BATCH = 500  # rowids per key lookup (SQLite's floor allows 999 parameters)


@dataclass(frozen=True)
class RowKey:
    """How a table's rows are told apart: its key columns (casefolded), and whether the
    key is the rowid itself (an INTEGER PRIMARY KEY), which a copy may renumber: such
    rows are counted, not named."""

    columns: tuple[str, ...]
    is_rowid: bool


def fk_violations(
    conn: sqlite3.Connection,
    tables: Iterable[str] | None = None,
    remember: bool = True,
    schema: Tables | None = None,
) -> set[Violation]:
    """The violations in the whole database, or in the child ``tables`` named, as facts.

    A child table the anti-join can scan is read straight into facts (an orphan-heavy
    database has hundreds of thousands); any other goes through ``foreign_key_violations``.
    ``remember``: what the schema says is kept per schema text; without it, read afresh
    (a traced run's statements are then the same in every process). ``schema``: the
    schema's text, when the caller read it on this very schema.
    """
    if tables is None and _temp_tables(conn):  # SQLite's whole-database answer
        return _as_facts(conn, foreign_key_violations(conn))
    found: set[Violation] = set()
    learnt = SchemaFacts(conn if remember else None, schema, tables is None)  # once per text
    for name in _child_tables(conn) if tables is None else tables:
        child = learnt.learn("child", name, lambda n=name: read_child_table(conn, n))
        if child is not None and not child.foreign_keys:  # a table of main declaring none
            continue
        if child is not None and child.eligible:
            key = learnt.learn("key", child.name, lambda c=child.name: row_key(conn, c))
            found |= _anti_join_facts(conn, child, key)
        else:
            found |= _as_facts(conn, foreign_key_violations(conn, [name]))
    return found


def _anti_join_facts(
    conn: sqlite3.Connection, child: ChildTable, key: RowKey | None
) -> set[Violation]:
    found: set[Violation] = set()
    for fk in child.foreign_keys:
        rows = conn.execute(fk_scan.anti_join_sql(fk))
        at = (child.name, fk.parent, fk.child_columns)
        if key is not None and key.is_rowid:  # the common case: by id on its pages
            kind = _rowid_kind(conn, child.name)
            found.update(
                Violation(at[0], r[0], *at[1:], r[1:], kind and (kind, r[0])) for r in rows
            )
        else:
            found |= _identified(conn, key, [Violation(at[0], r[0], *at[1:], r[1:]) for r in rows])
    return found


def _as_facts(conn: sqlite3.Connection, scanned: set[tuple]) -> set[Violation]:
    """``foreign_key_violations``'s tuples (table, rowid, parent, fk id, values) as facts."""
    by_table: dict[str, list[Violation]] = {}
    columns: dict[str, dict[int, tuple[str, ...]]] = {}
    for table, rowid, parent, fkid, values in scanned:
        if table not in columns:
            columns[table] = _fk_columns(conn, table)
        v = Violation(table, rowid, parent, columns[table].get(fkid, ()), tuple(values))
        by_table.setdefault(table, []).append(v)
    found: set[Violation] = set()
    for table, rows in by_table.items():
        found |= _identified(conn, row_key(conn, table), rows)
    return found


def _identified(
    conn: sqlite3.Connection, key: RowKey | None, rows: list[Violation]
) -> set[Violation]:
    """``rows`` (of one table) with their row's identity: its key, or its INTEGER PRIMARY
    KEY together with the table's root page (``_rowid_kind``)."""
    if key is None or not rows:
        return set(rows)
    if key.is_rowid:
        kind = _rowid_kind(conn, rows[0].table)
        return {v._replace(row=kind and (kind, v.rowid)) for v in rows}
    ids = _identities(conn, rows[0].table, key, [v.rowid for v in rows if v.rowid is not None])
    return {v._replace(row=ids.get(v.rowid)) for v in rows}


def _rowid_kind(conn: sqlite3.Connection, table: str) -> tuple | None:
    """What an INTEGER PRIMARY KEY names a row by: its id, in the table on this root page
    with this text. A copy leaving the ids out (Authelia's rebuilds) renumbers the rows
    into a new table (another page, its text renamed into place), so across it the kinds
    differ and the rows holding one dangling value are counted
    (``fk_facts.new_violations``). An UPDATE renumbers nothing: a dangling value it moves
    to another row is new."""
    table_row = conn.execute(
        "SELECT rootpage, sql FROM main.sqlite_master WHERE type = 'table' AND name = ? "
        "COLLATE NOCASE",
        (table,),
    ).fetchone()
    return None if table_row is None else ("rowid", *table_row)


def _fk_columns(conn: sqlite3.Connection, table: str) -> dict[int, tuple[str, ...]]:
    """Each foreign key's child columns, by its id (``foreign_key_list``: id, seq, parent,
    from, ...)."""
    parts: dict[int, list[tuple[int, str]]] = {}
    for r in conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table)})"):
        parts.setdefault(r[0], []).append((r[1], r[3]))
    return {fkid: tuple(c for _, c in sorted(cols)) for fkid, cols in parts.items()}


def row_key(conn: sqlite3.Connection, table: str) -> RowKey | None:
    """The table's PRIMARY KEY, else its first UNIQUE key of named columns (no
    expression, no WHERE), else None: its rows are then counted, not named."""
    info = conn.execute(f"PRAGMA table_info({quote_identifier(table)})").fetchall()
    primary = [r for r in sorted(info, key=lambda r: r[5]) if r[5]]
    if primary:
        names = tuple(r[1].casefold() for r in primary)
        return RowKey(names, rowid_alias(conn, table) is not None)
    candidates = []
    for _seq, name, unique, _origin, partial in conn.execute(
        f"PRAGMA index_list({quote_identifier(table)})"
    ):
        if not unique or partial:
            continue
        parts = conn.execute(f"PRAGMA index_info({quote_identifier(name)})").fetchall()
        if parts and all(p[1] >= 0 for p in parts):
            candidates.append(tuple(p[2].casefold() for p in sorted(parts)))
    return RowKey(min(candidates, key=lambda c: (len(c), c)), False) if candidates else None


def _identities(
    conn: sqlite3.Connection, table: str, key: RowKey, rowids: list[int]
) -> dict[int, tuple]:
    """Each rowid's ``(key columns, key values)``; a row whose key holds a NULL has none."""
    select = ", ".join(quote_identifier(c) for c in key.columns)
    found: dict[int, tuple] = {}
    for at in range(0, len(rowids), BATCH):
        chunk = rowids[at : at + BATCH]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT rowid, {select} FROM {quote_identifier(table)} WHERE rowid IN ({marks})"
        for rowid, *values in conn.execute(sql, chunk):
            if all(v is not None for v in values):
                found[rowid] = (key.columns, tuple(values))
    return found
