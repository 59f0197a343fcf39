"""A declared deletion replayed by the rows its condition held for before its migration.

A ``DeleteRows`` condition that names a column the path's start lacks (added on the
way) cannot run on the start's copy. ``midpath_reads`` reads it just before its
migration instead (``Declared.midpath``); those rows leave the copy by rowid, so the
app's views and triggers follow them as they do every other declared deletion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.harness.dbstate import row_id_of
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.sqlite.dbapi import sqlite3

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import Declared


def deleted_as_read(
    conn: sqlite3.Connection, names: tuple[str, str], where: str, declared: Declared
) -> dict[tuple[str, int], str]:
    """``names``: the table as declared and as the copy names it; returns the rows deleted
    as (declared table, rowid) -> why; none where the condition was not read."""
    table, name = names
    read = declared.midpath.get(("delete", table, where))
    rowids = sorted(r for r, (_, hit) in (read.values if read else {}).items() if hit == 1)
    by_number = f"DELETE FROM {q(name)} WHERE {row_id_of(conn, name)} = ?"
    conn.executemany(by_number, [(r,) for r in rowids])
    return {(table, r): f"deleted as declared: {where}" for r in rowids}
