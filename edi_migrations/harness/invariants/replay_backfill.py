"""Declared backfills replayed on the copy of a path's start, so its views read the fill.

A ``Backfill`` sets a column where it was NULL, and every view reading that column reads
the new value: grocy's ``0095`` fills ``stock.location_id``, and its
``stock_current_location_content`` counts opened stock by ``location_id = s.location_id``,
which no NULL ever matched. That is the declaration's consequence, not a change of the
view to declare again, so the fill is made on the replay's copy
(:mod:`edi_migrations.harness.invariants.declared_replay`) and the views are held to what
the copy reads. The filled cells themselves stay judged by the declaration
(``harness.invariants.expected``): the replay only reports them as filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations import changes as ch
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.dbstate import row_id_of
from edi_migrations.harness.invariants.composed import column_end, table_end
from edi_migrations.harness.invariants.declared_sql import unrunnable
from edi_migrations.harness.invariants.expected import names_a_later_object
from edi_migrations.harness.invariants.replay_triggers import only_triggers
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.sqlite.dbapi import sqlite3

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import Declared

Cell = tuple[str, int, str]  # (table at the path's end, rowid, column at the path's end)


def replay_backfills(
    conn: sqlite3.Connection, declared: Declared, back: tuple
) -> set[Cell]:
    """Fill each declared column of the copy where it is NULL; returns the cells filled.
    Where the fill was read just before its migration (``Declared.midpath``), those
    values, only that database's triggers firing (``replay_triggers.only_triggers``)."""
    filled: set[Cell] = set()
    for (table, column), fill in declared.backfills.items():
        name, col = table_end(table, back), column_end(table, column, back, False)
        if col not in _columns(conn, name):
            continue  # made by an earlier step of the path: no value of the start to fill
        with guarded(f"the declared backfill of {table}.{column}, replayed"):
            row_id = row_id_of(conn, name)
            nulls = [r for (r,) in conn.execute(f"SELECT {row_id} FROM {q(name)} WHERE {q(col)} IS NULL")]
            if not nulls:
                continue
            read = declared.midpath.get(("backfill", table, column))
            try:
                if read is not None:
                    with only_triggers(conn, read.triggers):
                        conn.executemany(
                            f"UPDATE {q(name)} SET {q(col)} = ? WHERE {row_id} = ? AND {q(col)} IS NULL",
                            [(read.values[r][1], r) for r in nulls if r in read.values],
                        )
                else:
                    conn.execute(
                        f"UPDATE {q(name)} SET {q(col)} = ({_source(fill)}) WHERE {q(col)} IS NULL",
                        _parameters(fill),
                    )
            except sqlite3.OperationalError as exc:
                if not names_a_later_object(exc):
                    raise unrunnable(exc, _source(fill)) from exc
                continue  # what the fill reads is made by an earlier step of the path
        filled |= {(table, r, column) for r in nulls}
    return filled


def _source(fill: ch.Backfill) -> str:
    if fill.expression is not None:
        return fill.expression
    if fill.from_column is not None:
        return q(fill.from_column)
    return "?"


def _parameters(fill: ch.Backfill) -> tuple:
    if fill.expression is not None or fill.from_column is not None:
        return ()
    return (fill.constant,)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({q(table)})")]
