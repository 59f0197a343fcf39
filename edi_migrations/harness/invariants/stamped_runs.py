"""What two runs compare of a column a declaration stamps narrowly (``where=``,
``json_path=``): every cell but those it stamps. Two databases compared are at one
version, with no row before the migration to read a condition over: it is read over the
rows compared, each database's own (Kanboard's ``option = 'api_token'`` selects the same
rows in both). A condition that cannot be read there leaves the column out whole, as a
declaration without one does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from edi_migrations.harness.dbstate import DatabaseState, TableRows
from edi_migrations.harness.invariants.sql_eval import evaluated
from edi_migrations.harness.invariants.stamped import Stamp, masked, parse_path
from edi_migrations.schema.model import Schema
from edi_migrations.sqlite.dbapi import sqlite3


def without_stamps(
    state: DatabaseState, model: Schema, run_times: Iterable[object]
) -> DatabaseState:
    """``state`` with each cell a narrowed stamp lets differ masked (the same state where
    no declaration narrows a stamp, the common case: no copy)."""
    stamps = [s for s in run_times if isinstance(s, Stamp)]
    if not stamps:
        return state
    tables = dict(state.tables)
    for stamp in stamps:
        name = next((t for t in tables if t.casefold() == stamp.table.casefold()), None)
        if name is None:
            continue
        rows = tables[name]
        at = next(
            (i for i, c in enumerate(rows.columns) if c.casefold() == stamp.column.casefold()),
            None,
        )
        if at is not None:
            tables[name] = _masked(rows, at, stamp, _selected(state, model, name, stamp))
    return replace(state, tables=tables)


def _selected(state: DatabaseState, model: Schema, table: str, stamp: Stamp) -> frozenset | None:
    """The rows of ``table`` the stamp's condition selects there (None: every row)."""
    if stamp.where is None:
        return None
    types = {name: {c.name: c.type for c in t.columns} for name, t in model.tables.items()}
    expression = f"CASE WHEN ({stamp.where}) THEN 1 ELSE 0 END"
    try:
        hits = evaluated(state.tables, types, table, expression)
    except sqlite3.OperationalError:  # names what this version lacks: the column, whole
        return None
    return frozenset(key for key, (_, hit) in hits.items() if hit == 1)


def _masked(rows: TableRows, at: int, stamp: Stamp, selected: frozenset | None) -> TableRows:
    path = None if stamp.json_path is None else parse_path(stamp.json_path)
    out = {}
    for key, row in rows.rows.items():
        if selected is None or key in selected:
            row = (*row[:at], masked(row[at], path), *row[at + 1 :])
        out[key] = row
    return TableRows(rows.columns, out)
