"""The round trip of one migration: up, down and up again from the start below it,
then down from the data the app writes at its own version.

Up then down gives back the earlier data less the rows the migration's ``CHANGES``
delete, with the values its ``DOWNGRADE_CHANGES`` recompute (harness.round_trip_expected). The trip from below meets only what ``upgrade()`` itself put in the new columns and
tables, so a ``downgrade()`` that loses rows or values only the later app writes (a
rebuild copying ``WHERE archived_at IS NULL``) passed unseen. Going down from the
matrix's start at the migration's version, filled as the app fills it, every row and
value of each table and column the earlier version also has must be kept. What only the
later version has (a column its upgrade added) goes with the downgrade: that is what
going down means, and needs no declaration; a downgrade refusing, rolled back, data the
earlier version cannot hold (a status v2 has no place for: the migration's own error)
loses nothing; one the statement budget stopped never ended, and fails. A table a
``DOWNGRADE_CHANGES`` declaration other than ``DropColumn``/``DropTable`` names is held
to that declaration, not compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from edi_migrations import downgrade, upgrade
from edi_migrations.changes import DropColumn, DropTable, RenameColumn, RenameTable
from edi_migrations.errors import MigrationFailed
from edi_migrations.harness import kept_databases
from edi_migrations.harness.invariants import runs
from edi_migrations.harness.invariants.compare import require
from edi_migrations.harness.invariants.failure import InvariantFailure
from edi_migrations.harness.invariants.state_changes import schema_changes, tables_changes
from edi_migrations.harness.packed_states import packed, packed_pairs
from edi_migrations.harness.path_steps import run_step, runner_step
from edi_migrations.harness.paths import Start
from edi_migrations.harness.round_trip_data import without_data_dependent
from edi_migrations.harness.round_trip_expected import (
    downgrade_values,
    dropped_recomputes,
    earlier_state,
    emptied_as_dropped,
    with_values,
)
from edi_migrations.harness.round_trip_kept import lost_objects
from edi_migrations.harness.round_trip_moved import given_back
from edi_migrations.harness.round_trip_unkeyed import numbered_alike, renumbered_through
from edi_migrations.runner.discovery import Migration


def round_trip(
    step: int,
    build: Callable[[Start], Path],
    chain: tuple[Migration, ...],
    migrations_dir: Path,
    node: pytest.Item,
) -> None:
    """Up->down and down->up from the start below ``step``, then down from its own."""
    path_id = f"v{step - 1}<->v{step}"
    times = runs.run_time_columns(chain)
    down = _runner(downgrade, path_id, step - 1, migrations_dir)
    up = _runner(upgrade, path_id, step, migrations_dir)
    db = build(Start(step - 1))
    kept_databases.watch(node, db, step - 1, db, step)
    lower = earlier_state(db, chain[step - 1], times)  # less the rows its CHANGES delete
    runner_step(path_id, step - 1, migrations_dir)(db, step)
    higher = runs.user_state(db, times, hold=packed)  # held through the down and up again: packed
    require(path_id, "round trip up->down", dropped_recomputes(chain[step - 1], lower))
    below = _up_then_down(path_id, db, (lower, higher), chain[step - 1], (down, times))
    del lower  # what is left of it is its outline (harness.packed_states: why)
    up(db)
    again = runs.user_state(db, times, hold=packed)
    require(path_id, "round trip down->up", runs.same_user_state(higher, again))
    del higher, again
    _down_from_its_own_data(path_id, chain[step - 1], build(Start(step)), down, (times, below))


def _up_then_down(
    path_id: str,
    db: Path,
    states: tuple[runs.UserState, runs.UserState],
    migration: Migration,
    run: tuple[Callable[[Path], None], runs.Columns],
) -> runs.UserState:
    """Down from ``db`` (upgraded from ``states``' lower to their higher) gives back the
    lower state; returns its outline (each table's columns, no rows): what the trip down
    from the version's own data compares with, so no row of it is held past here."""
    (lower, higher), (down, times) = states, run
    declared_down = downgrade_values(db, migration)  # read before the down runs
    down(db)
    lower, now = renumbered_through(lower, runs.user_state(db, times), higher)
    lower = emptied_as_dropped(lower, now, migration)  # made again, empty
    lower = with_values(lower, declared_down)
    judged = without_data_dependent(lower, now, migration)  # kept for some data
    require(path_id, "round trip up->down", _given_back(*judged, migration))
    return lower[0], {name: (columns, {}) for name, (columns, _) in lower[1].items()}


def _given_back(lower: runs.UserState, now: runs.UserState, migration: Migration) -> list[str]:
    """What up then down changed (a declared dropped column made again last is given back:
    round_trip_moved); each schema object it did not give back said in words beside the
    diff (a bare ``-index x on t`` does not say it is ``downgrade()``'s)."""
    problems = given_back(lower, now, migration)
    if not problems or lower[0] == now[0]:
        return problems
    told = "downgrade() does not leave it as it was before upgrade()"
    return problems + [f"{line}: {told}" for line in schema_changes(lower[0], now[0])]


def _runner(run, path_id: str, to: int, migrations_dir: Path) -> Callable[[Path], None]:
    completes = f"{run.__name__} completes"  # a failing downgrade() is not the upgrade's

    def go(db: Path) -> None:
        options = {"to": to, "migrations_dir": migrations_dir, "backup": False}
        run_step(path_id, lambda: run(db, **options), completes)

    return go


def _down_from_its_own_data(
    path_id: str,
    migration: Migration,
    db: Path,
    down: Callable[[Path], None],
    read: tuple[runs.Columns, runs.UserState],
) -> None:
    times, below = read  # the run-time columns, and the start below it (what it has)
    before = packed(named_as_below(runs.user_state(db, times, hold=packed)[1], migration))
    try:
        down(db)
    except InvariantFailure as exc:
        if isinstance(exc.__cause__, MigrationFailed):
            return  # refused for data the earlier version cannot hold: nothing was lost
        # (a budget's stop, a foreign key left dangling, a COMMIT of its own: no refusal)
        raise
    after = runs.user_state(db, times, hold=packed)[1]
    held = _held_to_declarations(migration)
    shared = [t for t in before.keys() & after.keys() if t.casefold() not in held]
    old, new = packed_pairs(_shared_columns(before, after, shared))
    problems = lost_objects(below, before, after, migration) + tables_changes(
        *numbered_alike(old, new)
    )
    lower = migration.version - 1
    if problems:
        problems.append(
            f"{migration.name}'s downgrade() must keep every row and value of what v{lower} "
            f"also has, from the data the app writes at v{migration.version}; a change it "
            "makes on purpose is declared in DOWNGRADE_CHANGES"
        )
    require(path_id, f"down from v{migration.version} data keeps v{lower}'s", problems)


def _shared_columns(before: Mapping, after: Mapping, tables: list[str]) -> Iterator[tuple]:
    """Each of ``tables`` on both sides with only the columns both have, in the order
    before: a table of each side at a time (harness.packed_states)."""
    for table in tables:
        (old_columns, old_rows), (new_columns, new_rows) = before[table], after[table]
        shared = [c for c in old_columns if c in new_columns]
        yield table, _only(shared, old_columns, old_rows), _only(shared, new_columns, new_rows)


def named_as_below(tables: Mapping, migration: Migration) -> Iterator[tuple[str, tuple]]:
    """The tables and columns of the migration's version under the names they had below
    it: a table or column its ``CHANGES`` rename goes back with the downgrade, and a new
    column that took a renamed one's old name is only the later version's (Authelia's
    V0024 renames ``attestation_type`` and adds a new one so named); so is a new table that
    took a renamed one's old name (``tokens`` kept as ``archived_tokens``, a new ``tokens``)."""
    tables_back = {c.new.casefold(): c.old for c in migration.changes if isinstance(c, RenameTable)}
    tables_taken = {old.casefold() for old in tables_back.values()}
    for table, (columns, rows) in tables.items():
        if table.casefold() in tables_taken and table.casefold() not in tables_back:
            continue  # the later version's own table: it goes with the downgrade
        below = tables_back.get(table.casefold(), table)
        named = {table.casefold(), below.casefold()}
        back = {
            c.new.casefold(): c.old
            for c in migration.changes
            if isinstance(c, RenameColumn) and c.table.casefold() in named
        }
        taken = {old.casefold() for old in back.values()}
        keep = [i for i, c in enumerate(columns) if c.casefold() in back or c.casefold() not in taken]
        kept, kept_rows = runs.columns_at(columns, rows, keep)
        yield below, (tuple(back.get(c.casefold(), c) for c in kept), kept_rows)


def _held_to_declarations(migration: Migration) -> set[str]:
    """Tables a downgrade declares a change to, other than dropping them or a column."""
    return {
        str(change.table).casefold()
        for change in migration.downgrade_changes
        if not isinstance(change, DropColumn | DropTable) and hasattr(change, "table")
    }


def _only(shared: list[str], columns: tuple[str, ...], rows: dict) -> tuple[tuple[str, ...], dict]:
    return runs.columns_at(columns, rows, [columns.index(c) for c in shared])
