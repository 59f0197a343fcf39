"""The derived previous app's inserts whose parent row the migration deleted on purpose.

The app derived from the schema draws each INSERT's row once, before the upgrade,
pointing its references at parent rows that exist then. A migration that declares
deleting rows of that parent (``DeleteRows``, ``MoveRows``: messages archived away) may
delete the very row drawn; replayed after the upgrade, the insert failed ("FOREIGN KEY
constraint failed", or a new violation) and the previous app was said to break, while
the old app would point at a row that is still there. Such an insert is left out of the
writes after the upgrade; its table's read still runs, and an insert into it whose
parents survive still runs and reads back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from edi_migrations.harness.app_statements import Bound, Write
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.rows.schema_read import read_table
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

Reference = tuple[str, tuple[str, ...], tuple[object, ...]]  # parent, its columns, values
Referenced = dict[str, tuple[Reference, ...]]  # insert's name -> the parent rows it names


def referenced(
    conn: sqlite3.Connection, bound: tuple[Bound, ...], deleting: frozenset[str]
) -> Referenced:
    """Before the upgrade: the parent rows each derived insert's runs point at, in the
    tables ``deleting`` names (casefolded: where the migration declares deletions)."""
    out: Referenced = {}
    for b in bound:
        table = b.statement.table if isinstance(b.statement, Write) else None
        if not table or not deleting:
            continue
        info = read_table(conn, table)
        columns = [c.name for c in info.writable]
        refs = [
            (fk.parent, fk.parent_columns, tuple(_value(run, columns, c) for c in fk.columns))
            for fk in info.foreign_keys
            if fk.parent.casefold() in deleting
            for run in b.runs
        ]
        kept = tuple(r for r in refs if None not in r[2])
        if kept:
            out[b.statement.name] = kept
    return out


def orphaned(conn: sqlite3.Connection, refs: Referenced) -> frozenset[str]:
    """After the upgrade: the inserts one of whose parent rows is gone."""
    return frozenset(name for name, rows in refs.items() if any(_gone(conn, r) for r in rows))


def _value(run: Sequence[object] | Mapping[str, object], columns: list[str], column: str) -> object:
    if isinstance(run, Mapping):
        return run.get(column)
    return run[columns.index(column)] if column in columns else None


def _gone(conn: sqlite3.Connection, ref: Reference) -> bool:
    parent, columns, values = ref
    where = " AND ".join(f"{quote_identifier(c)} = ?" for c in columns)
    sql = f"SELECT 1 FROM {quote_identifier(parent)} WHERE {where} LIMIT 1"
    try:
        with guarded(f"the parent row of the previous app's insert ({parent})"):
            return conn.execute(sql, values).fetchone() is None
    except sqlite3.Error:  # the parent renamed or dropped: the insert's own failure says so
        return False
