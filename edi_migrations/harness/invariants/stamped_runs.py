"""What two runs compare of a column a declaration stamps narrowly (``where=``,
``json_path=``): every cell but those it stamps. Two databases compared are at one
version, with no row before the migration to read a condition over: it is read over the
rows compared, each database's own (Kanboard's ``option = 'api_token'`` selects the same
rows in both). A condition that cannot be read there (a later step dropped or renamed the
column it names) leaves the column out whole, as a declaration without one does, and
:func:`unread_conditions` says so in the run's notes: that column went unchecked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from edi_migrations import changes as ch
from edi_migrations.harness.dbstate import DatabaseState, TableRows
from edi_migrations.harness.invariants.sql_eval import evaluated
from edi_migrations.harness.invariants.stamped import Stamp, masked, parse_path
from edi_migrations.harness.packed_states import TablesView, changed, entries_of
from edi_migrations.schema.model import Schema
from edi_migrations.sqlite.dbapi import sqlite3


def without_stamps(
    state: DatabaseState, model: Schema, run_times: Iterable[object]
) -> DatabaseState:
    """``state`` with each cell a narrowed stamp lets differ masked, a table as it is looked
    up (the same state where no declaration narrows a stamp, the common case: no copy)."""
    stamps = [s for s in run_times if isinstance(s, Stamp)]
    if not stamps:
        return state
    entries = entries_of(state.tables)
    for stamp in stamps:
        name = next((t for t in entries if t.casefold() == stamp.table.casefold()), None)
        if name is not None:
            changed(entries, name, lambda rows, name=name, stamp=stamp: _masked_at(state, model, name, stamp, rows))
    return replace(state, tables=TablesView(entries))


def _masked_at(
    state: DatabaseState, model: Schema, name: str, stamp: Stamp, rows: TableRows
) -> TableRows:
    """``rows`` of ``name`` with the cells ``stamp`` lets differ masked (the rows it
    selects read over ``state``, unmasked)."""
    at = next(
        (i for i, c in enumerate(rows.columns) if c.casefold() == stamp.column.casefold()),
        None,
    )
    if at is None:
        return rows
    return _masked(rows, at, stamp, _selected(state, model, name, stamp))


def unread_conditions(
    state: DatabaseState, model: Schema, run_times: Iterable[object], compared: str
) -> list[str]:
    """One note per narrowed stamp whose condition cannot be read over ``state`` (the
    end of a run ``compared`` with another): its column is left out whole."""
    notes = []
    for stamp in run_times:
        if not isinstance(stamp, Stamp) or stamp.where is None:
            continue
        name = next((t for t in state.tables if t.casefold() == stamp.table.casefold()), None)
        if name is None or not _has(state.tables[name].columns, stamp.column):
            continue
        why = _selected(state, model, name, stamp)
        if isinstance(why, str):
            notes.append(
                f"{name}.{stamp.column} is left out of {compared} whole: the condition of "
                f"{ch.source_line(stamp)} cannot be read there ({why})"
            )
    return notes


def _has(columns: tuple[str, ...], column: str) -> bool:
    return any(c.casefold() == column.casefold() for c in columns)


def _selected(
    state: DatabaseState, model: Schema, table: str, stamp: Stamp
) -> frozenset | str | None:
    """The rows of ``table`` the stamp's condition selects there (None: every row; the
    error, where the condition cannot be read)."""
    if stamp.where is None:
        return None
    types = {name: {c.name: c.type for c in t.columns} for name, t in model.tables.items()}
    expression = f"CASE WHEN ({stamp.where}) THEN 1 ELSE 0 END"
    try:
        hits = evaluated(state.tables, types, table, expression)
    except sqlite3.OperationalError as exc:  # names what this version lacks: the column, whole
        return str(exc)
    return frozenset(key for key, (_, hit) in hits.items() if hit == 1)


def _masked(rows: TableRows, at: int, stamp: Stamp, selected: frozenset | str | None) -> TableRows:
    path = None if stamp.json_path is None else parse_path(stamp.json_path)
    out = {}
    for key, row in rows.rows.items():
        if not isinstance(selected, frozenset) or key in selected:
            row = (*row[:at], masked(row[at], path), *row[at + 1 :])
        out[key] = row
    return TableRows(rows.columns, out)
