"""Invariants that compare two runs, or a run with what it left behind: the same schema
and user data whichever way a database reached a version (stepwise or in one jump, up
and down again, re-run, rolled back). Each returns its evidence (empty: it holds).

What differs between two correct runs by design is left out of every comparison, defined
once: the tables the app does not own (:data:`edi_migrations.schema.model.NOT_THE_APPS`) and the
columns a migration declares to hold the time it ran or a value drawn at random
(:func:`run_time_columns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from edi_migrations.changes import MigrationTime, RandomValue
from edi_migrations.harness.dbstate import (
    DatabaseState,
    Hold,
    TableRows,
    held,
    open_copy,
    read_model,
)
from edi_migrations.harness.invariants.run_stamps import time_stamp_hints
from edi_migrations.harness.invariants.schema_blocks import (
    blocks,
    convergence_problems,
    schema_diff,
)
from edi_migrations.harness.invariants.stamped import Stamp, narrowed
from edi_migrations.harness.invariants.stamped_runs import without_stamps
from edi_migrations.harness.invariants.state_changes import (
    same_rows,
    schema_changes,
    table_changes,
    tables_changes,
)
from edi_migrations.harness.packed_states import TablesView, changed, entries_of
from edi_migrations.harness.tables_on_demand import state_on_demand
from edi_migrations.runner.discovery import Migration
from edi_migrations.schema.model import BOOKKEEPING_TABLES, NOT_THE_APPS, Schema

# SQLite's query-planner statistics, rewritten whole by ANALYZE and ``PRAGMA optimize``
# (sqlite.org/fileformat2.html#stat1tab): not the app's rows, so a re-run or a rolled-back
# step is judged without them; only a table of them appearing or going counts.
STATISTICS = frozenset({"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})
Columns = frozenset[tuple[str, str] | Stamp]  # whole columns, or stamps narrowed (stamped_runs)
UserState = tuple[str, Mapping[str, tuple[tuple[str, ...], dict[int, tuple]]]]


def run_time_columns(migrations: Iterable[Migration]) -> Columns:
    """(table, column) pairs a migration (up or down) fills with the time it ran, or with
    a value drawn at random: two correct runs differ there (a declaration naming some rows
    or a JSON key stays whole: only those cells are left out)."""
    return frozenset(
        change if narrowed(change) else (change.table, change.column)
        for m in migrations
        for change in (*m.changes, *m.downgrade_changes)
        if isinstance(change, MigrationTime | RandomValue)
    )


def user_state(path: Path, run_times: Columns, hold: Hold = held) -> UserState:
    """Schema and rows of the app's tables, without what differs between runs by design,
    each table read and trimmed in turn and held as ``hold`` says (by default, past a
    few values, pickled: ``dbstate.held``)."""
    conn = open_copy(path)
    try:
        model = read_model(conn)
        tables = user_tables(state_on_demand(conn, None), model, run_times)
        return user_schema(model), hold(tables.items())  # type: ignore[arg-type]
    finally:
        conn.close()


def user_state_of(state: DatabaseState, model: Schema, run_times: Columns) -> UserState:
    """:func:`user_state` from what a snapshot already read (its state and schema model):
    a dict of its tables, or over a state held packed, a view trimming each when asked."""
    tables = user_tables(state, model, run_times)
    return user_schema(model), dict(tables.items()) if tables.whole else tables


def user_schema(model: Schema) -> str:
    """The schema a user state compares: the app's, without the runner's tables."""
    return model.without(BOOKKEEPING_TABLES).render()


def user_tables(state: DatabaseState, model: Schema, run_times: Columns) -> TablesView:
    """A user state's tables, each made as it is looked up (a state read on demand,
    harness.tables_on_demand, or packed, then holds one table: harness.packed_states)."""
    state = without_stamps(state, model, run_times)
    entries = entries_of(state.tables)
    for name in state.tables:
        if name in NOT_THE_APPS:
            del entries[name]
        else:
            changed(entries, name, lambda rows, name=name: _user_rows(name, rows, run_times))
    return TablesView(entries)


def _user_rows(name: str, rows: TableRows, run_times: Columns) -> tuple[tuple[str, ...], dict]:
    """A table as a user state holds it: without the columns a run fills with its time."""
    keep = [i for i, c in enumerate(rows.columns) if (name, c) not in run_times]
    if len(keep) == len(rows.columns):  # most tables: every value compared, shared
        return rows.columns, rows.rows  # (no copy: a row read is never written)
    return columns_at(rows.columns, rows.rows, keep)


def column_place(tables: dict, table: str, column: str) -> tuple[str, int] | None:
    """Where ``table.column`` is in a user state's tables: the table's name there and the
    column's position, each matched as SQLite matches names, case aside (``None`` where
    either is missing)."""
    name = next((t for t in tables if t.casefold() == table.casefold()), None)
    if name is None:
        return None
    columns = tables[name][0]
    at = next((i for i, c in enumerate(columns) if c.casefold() == column.casefold()), None)
    return None if at is None else (name, at)


def columns_at(
    columns: Sequence[str], rows: dict, at: Sequence[int]
) -> tuple[tuple[str, ...], dict]:
    """A table's columns and rows with only the columns at ``at``, in that order."""
    return tuple(columns[i] for i in at), {key: tuple(row[i] for i in at) for key, row in rows.items()}


def same_user_state(expected: UserState, actual: UserState) -> list[str]:
    """Resumed equals uninterrupted, and a round trip gives back what it started from:
    each table that differs (its rows and columns), then the schema line by line."""
    problems = tables_changes(expected[1], actual[1])
    problems += time_stamp_hints(expected[1], actual[1]) if problems else []
    if expected[0] != actual[0]:
        problems += schema_diff(expected[0], actual[0])
    return problems


def converges(fresh: str, upgraded: str, data_dependent: frozenset) -> list[str]:
    """An upgraded database has a fresh install's schema (what exists only for some data
    aside): otherwise the next migration, written against a fresh install, meets a
    schema its author never saw."""
    if upgraded == fresh:
        return []
    return convergence_problems(fresh, upgraded, data_dependent)


def unchanged_bytes(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    """Upgrading again at head changes nothing: not one byte of the file or its -wal."""
    return [] if after == before else ["upgrading again at head changed the file"]


def unchanged_state(before: DatabaseState, after: DatabaseState, what: str) -> list[str]:
    """A re-run, or a migration that raised, left the database as it was, exactly (-0.0
    is not 0.0): ``what`` happened, then what changed: the rows of which tables, the
    schema's objects."""
    changed, lines = [], []
    for table in sorted(before.tables.keys() | after.tables.keys()):  # one table held at a time
        if table in STATISTICS and (table in before.tables) == (table in after.tables):
            continue
        old, new = _rows(before.tables.get(table)), _rows(after.tables.get(table))
        if not same_rows(old, new):
            changed.append(table)
            lines += table_changes(table, old, new) or [f"table {table}: its rows differ"]
    if not changed and after.schema == before.schema and after.unreadable == before.unreadable:
        return []
    objects = schema_changes(before.schema, after.schema, _storage(before) | _storage(after))
    rows = f"rows of {', '.join(changed)}" if changed else "no rows"
    if objects:
        summary = f"the schema ({len(objects)} object(s)), {rows}"
    else:
        summary = rows
    unreadable = [
        f"virtual table {t} cannot be read: {why}"
        for t, why in sorted(after.unreadable.items())
        if before.unreadable.get(t) != why
    ]
    return [f"{what}: {summary}", *objects, *lines, *unreadable]


def _rows(table: TableRows | None) -> tuple[tuple[str, ...], dict] | None:
    return None if table is None else (table.columns, table.rows)


def _storage(state: DatabaseState) -> frozenset[str]:
    """Tables of the schema that the state holds no rows of and cannot read: the shadow
    tables of virtual tables, which ``state_of`` leaves out as their module's storage."""
    tables = {name for kind, name in blocks(state.schema) if kind == "table"}
    return frozenset(tables - state.tables.keys() - state.unreadable.keys())
