"""Values read just before a migration, paired with the start's rows by their content.

A table with no key of its own keeps its rowid hidden, and a copy into a new table
numbers its rows again from 1 (``invariants.renumbered_rows``). A declaration read over
the state just before its migration (a stamp's or a deletion's condition, an expression)
is keyed by the rowids there: applied to the start's rows of those rowids, a copy after
a deletion made it select other rows (a sound stamp failed on the rows it named, and a
row stamped outside it passed). Such a table's rows there are paired with the start's
by the values no earlier migration of the path declares changed, in order, as a copy
keeps them. Rows alike there (twins) are told apart by that order only: the start's row
an earlier declared deletion names is taken last (under its own rowid first, the twin
after a deleted one took the deleted one's place, and a sound stamp failed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from edi_migrations import changes as ch
from edi_migrations.harness.connect import connect
from edi_migrations.harness.dbstate import TableRows, lossless_text
from edi_migrations.harness.invariants.composed import column_end, table_end
from edi_migrations.harness.invariants.declared import BeforeItsMigration
from edi_migrations.harness.invariants.sql_eval import evaluated
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3


def keyless_to_start(
    read: BeforeItsMigration,
    db: Path,
    table: str,
    start: TableRows,
    prior: Sequence[Migration],
    back: Sequence[ch.Change],
) -> BeforeItsMigration:
    """``read`` re-keyed to the start's rowids where ``table`` (in ``db``, no PRIMARY KEY)
    holds its rows under other rowids than the start; ``back``: renames to the start's
    names; ``prior``: the path's migrations before, whose declared changes are not compared."""
    from edi_migrations.harness.midpath_reads import _changed

    names = {table.casefold(), table_end(table, back).casefold()}
    changed = {(t, c) for t, c in _changed(prior) if t in names}
    conn = connect(str(db))
    conn.text_factory = lossless_text
    try:
        info = conn.execute(f"PRAGMA table_info({q(table)})").fetchall()
        if any(r[5] for r in info):
            return read  # an INTEGER PRIMARY KEY is the rowid; another key: midpath_keyed
        pairs = [(r[1], column_end(table, r[1], back, False)) for r in info]
        kept = [
            (mid, was)
            for mid, was in pairs
            if was in start.columns
            and not {(t, c.casefold()) for t in names for c in (mid, was)} & changed
        ]
        if not kept:
            return read
        cols = ", ".join(q(mid) for mid, _ in kept)
        rows = conn.execute(f"SELECT rowid, {cols} FROM {q(table)} ORDER BY rowid").fetchall()
    finally:
        conn.close()
    at = [start.columns.index(was) for _, was in kept]
    gone = _named_by_deletions(start, [c for m in prior for c in m.changes], names)
    now = _paired({r: tuple(v[i][1] for i in at) for r, v in start.rows.items()}, rows, gone)
    if now is None:
        return read
    return dataclasses.replace(read, values={now.get(r, r): v for r, v in read.values.items()})


def _named_by_deletions(start: TableRows, changes: list, names: set[str]) -> frozenset[int]:
    """The start's rowids a ``DeleteRows`` of ``changes`` on the table names, read over
    the start's rows alone (a condition naming more, or what the start lacks: none)."""
    gone: set[int] = set()
    for change in changes:
        if isinstance(change, ch.DeleteRows) and change.table.casefold() in names:
            condition = f"CASE WHEN ({change.where}) THEN 1 ELSE 0 END"
            try:
                hits = evaluated({"t": start}, {}, "t", condition)
            except sqlite3.Error:
                continue
            gone |= {rowid for rowid, (_, hit) in hits.items() if hit == 1}
    return frozenset(gone)


def _paired(
    start: dict[int, tuple], rows: list[tuple], gone: frozenset[int]
) -> dict[int, int] | None:
    """Each row there (rowid, values...) to the start's rowid of equal values, in order (a
    copy keeps it), those ``gone`` names last; a row no start's row matches keeps its
    rowid, past the start's (added on the way). None where nothing moved, or where a row
    matches none and its rowid is the start's: the values do not tell the rows (a change
    no declaration says), and they stay by rowid."""
    if all(start.get(r) == tuple(values) and r not in gone for r, *values in rows):
        return None  # nothing moved (a row under a deleted one's rowid: its twin, maybe)
    waiting: dict[tuple, list[int]] = {}
    for rowid in sorted(start, key=lambda r: (r in gone, r), reverse=True):  # popped first last
        waiting.setdefault(start[rowid], []).append(rowid)
    highest = max(start, default=0)
    now: dict[int, int] = {}
    for rowid, *values in rows:
        twins = waiting.get(tuple(values))
        if twins:
            now[rowid] = twins.pop()
        elif rowid > highest:
            now[rowid] = rowid
        else:
            return None
    if all(a == b for a, b in now.items()) or len(set(now.values())) != len(now):
        return None
    return now
