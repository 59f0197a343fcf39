"""Values read just before a migration, paired with the start's rows by their own key.

A declared expression read over the state just before its migration
(:mod:`edi_migrations.harness.midpath_reads`) is keyed by rowid there and applied to the
start's row of the same rowid: every migration keeps rowids. A copy into a new table
does not (Trilium's ``INSERT INTO revisions SELECT ... FROM note_revisions`` numbers the
rows 1..n again, after rows were erased and added); where the table has a PRIMARY KEY
of its own, 'data kept' pairs its rows by that key (``invariants.keyed_rows``), and so
are these values: each follows its key back to the start's rowid (a row whose key the
start lacks keeps its rowid unless a start's row holds it, as there); a table with no
key of its own, by its content (``midpath_keyless``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from edi_migrations import changes as ch
from edi_migrations.harness.connect import connect
from edi_migrations.harness.dbstate import lossless_text
from edi_migrations.harness.invariants.composed import column_end, table_end, undo
from edi_migrations.harness.invariants.declared import BeforeItsMigration
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.midpath_keyless import keyless_to_start
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.runner.discovery import Migration
from edi_migrations.schema.rowid_alias import rowid_alias


def keyed_to_start(
    read: BeforeItsMigration, db: Path, table: str, before: Snapshot, prior: Sequence[Migration]
) -> BeforeItsMigration:
    """``read`` (values of ``table`` in ``db`` by rowid) re-keyed to the start's rowids
    through the table's own PRIMARY KEY, where it has one and a row moved; ``prior``: the
    migrations of the path before the one the values are for (their renames lead back to
    the start's names)."""
    key = _own_key(db, table)
    back = undo(
        [c for m in prior for c in m.changes if isinstance(c, ch.RenameTable | ch.RenameColumn)]
    )
    start = before.state.tables.get(table_end(table, back))
    if not key:  # no key of its own: its rows are known by their content (midpath_keyless)
        return read if start is None else keyless_to_start(read, db, table, start, prior, back)
    start_key = [column_end(table, c, back, False) for c in key]
    if start is None or not set(start_key) <= set(start.columns):
        return read
    at = [start.columns.index(c) for c in start_key]
    was = {}
    for rowid, row in start.rows.items():
        was.setdefault(tuple(row[i][1] for i in at), rowid)
    conn = connect(str(db))
    conn.text_factory = lossless_text
    try:
        cols = ", ".join(q(c) for c in key)
        rows = conn.execute(f"SELECT rowid, {cols} FROM {q(table)}").fetchall()
    finally:
        conn.close()
    now = {r[0]: was[tuple(r[1:])] for r in rows if tuple(r[1:]) in was}
    if all(t == r for r, t in now.items()):
        return read  # nothing moved: a key an UPDATE changed keeps its row's rowid
    taken = set(now.values()) | set(start.rows)  # after a copy, an added row is none of the start's
    free = max([0, *was.values(), *(r[0] for r in rows)]) + 1
    for rowid in (r[0] for r in rows if r[0] not in now):  # a key the start lacks
        now[rowid] = free if rowid in taken else rowid
        free += rowid in taken
        taken.add(now[rowid])
    if all(t == r for r, t in now.items()) or len(set(now.values())) != len(now):
        return read  # nothing moved, or the key does not pair the rows one to one
    values = {now.get(r, r): v for r, v in read.values.items()}
    return dataclasses.replace(read, values=values)


def _own_key(db: Path, table: str) -> tuple[str, ...]:
    """``table``'s PRIMARY KEY columns in ``db``, unless the rowid is the key."""
    conn = connect(str(db))
    try:
        info = conn.execute(f"PRAGMA table_info({q(table)})").fetchall()
        alias = rowid_alias(conn, table)
    finally:
        conn.close()
    key = [r for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    if not key or alias is not None:
        return ()
    return tuple(r[1] for r in key)
