"""A declared expression read over the database as it was just before its migration ran.

A ``Backfill`` or ``Recompute`` expression of migration M means "over the rows as M finds
them". On a path from an earlier start, M finds them as the migrations before it left
them: a column one of them added (and a later one drops), rows one of them deleted. Read
over the path's start (or its end) instead, the expression fails with SQLite's ``no such
column`` or computes values from rows that are gone: a false alarm.

So where it matters, the harness makes that state: a copy of the start upgraded by the
runner to M's version - 1 (a walk's own steps up to there, else one runner call), kept
in the path cache's stepped store under the start's bytes, the steps and the migrations
they ran, so a warm run pays a file copy. It matters when the expression reads, over the
start's schema, something the start lacks, or a table or column that a migration of the
path before M declares a change to (its rows deleted, moved, merged or added, its values
filled, recomputed or retyped), or, for a recomputation, when the start holds a
trigger on its table: the replay fires only the triggers of that state (one an earlier
migration dropped did not fire). Otherwise the start is that state for what the
expression reads, and nothing more runs.

A row of that state is the start's row of the same rowid: every migration of the path
keeps each row's rowid unless a declaration says the row goes (``data_kept`` holds each
step to it, and the path's end is compared by rowid too), so a rowid names one row at
the start, just before M and at the end. A WITHOUT ROWID table has no such anchor (its
key may change): there, as where the expression cannot be read before M either (M itself
adds what it reads), the expression is read as before this module: over the start, else
the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from edi_migrations import changes as ch
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.connect import connect
from edi_migrations.harness.dbstate import lossless_text, row_key_columns
from edi_migrations.harness.invariants.declared import (
    BeforeItsMigration,
    Declared,
    declared_between,
)
from edi_migrations.harness.invariants.declared_spelling import Spelling
from edi_migrations.harness.invariants.declared_sql import (
    DeclarationsNamed,
    UnrunnableDeclaration,
    unrunnable,
)
from edi_migrations.harness.invariants.expected import declared_expression, names_a_later_object
from edi_migrations.harness.invariants.failure import InvariantFailure
from edi_migrations.harness.invariants.replay_triggers import Triggers, triggers_of
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.invariants.strict_names import strict_names
from edi_migrations.harness.midpath_deletions import (
    DELETE,
    deleted_table,
    deleting,
    deletions_needed,
)
from edi_migrations.harness.midpath_keyed import keyed_to_start
from edi_migrations.harness.midpath_stamps import STAMP, stamps_needed
from edi_migrations.harness.midpath_types import types_needed
from edi_migrations.harness.path_cache import PathCache, StartFile, Step
from edi_migrations.harness.paths import UpgradePath
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3

CONDITIONS = (DELETE, STAMP)  # Declared.midpath's kinds keyed by a condition, as written
MIDPATH = "midpath"  # beside the start: the copies upgraded to just before a migration
EXPRESSIONS = (("backfill", "backfills"), ("recompute", "recomputed"))
# declarations that change the rows or values of what they name (an added or dropped
# column or table changes no value an expression reading it finds: SQLite says so)
CHANGES_DATA = (
    ch.Backfill,
    ch.Recompute,
    ch.ChangeType,
    ch.DeleteRows,
    ch.MoveRows,
    ch.MergeRows,
    ch.AddRows,
    ch.RestoreRows,
    ch.RandomValue,
    ch.MigrationTime,
)
Key = tuple[str, str, str]  # ("backfill" | "recompute", table, column) as at the end


@dataclass(frozen=True)
class PathRun:
    """What one path's test runs with: its cache, start, path, chain and runner step, and
    the fresh installs' schemas (whose triggers tell where a deletion needs the middle)."""

    cache: PathCache
    start: StartFile
    path: UpgradePath
    chain: Sequence[Migration]
    step: Step
    fresh_schema: Callable[[int], str] | None = None  # a fresh install's model, as text


@dataclass(frozen=True)
class Needed:
    """A declaration to read before its migration: at ``version`` - 1, under its names."""

    version: int
    table: str
    expression: str


def midpath_reads(declared: Declared, before: Snapshot, run: PathRun) -> Declared:
    """``declared`` with, for each expression that needs it, its value per rowid over the
    database just before its migration ran on this path (``Declared.midpath``). Called
    before the path's first step: the start's file is still the start."""
    first = run.path.start.version
    if first == 0 or run.path.target - first < 2:
        return declared  # a fresh install has no rows; a single step starts there
    ran = run.chain[first : run.path.target]
    needed = _needed(declared, before, ran)
    for key, (version, table, column) in types_needed(declared, before, ran).items():
        needed[key] = Needed(version, table, column)  # a column added before its retyping
    values: dict[Key, BeforeItsMigration] = {}
    copies: dict[int, Path | None] = {}
    for key, need in needed.items():
        if need.version not in copies:
            copies[need.version] = _state_before(run, need.version)
        with DeclarationsNamed(run.path.described, run.chain):  # its failure names it
            read = _read_where_it_runs(run, copies, need) if copies[need.version] else None
        if read is not None:
            prior = [m for m in ran if m.version < need.version]
            values[key] = keyed_to_start(read, copies[need.version], need.table, before, prior)
    deletions = deletions_needed(declared, before, ran, run.fresh_schema)
    stamps = stamps_needed(declared, before, ran)
    conditions = {**deletions, **_conditions_needed(declared, before, ran)}
    for key, version in {**conditions, **{k: v for k, (v, _) in stamps.items()}}.items():
        if version not in copies:
            copies[version] = _state_before(run, version)
        copy = copies[version]
        prior = [m for m in ran if m.version < version]
        if copy is not None and key in stamps:
            read = _read(copy, stamps[key][1], f"CASE WHEN ({key[2]}) THEN 1 ELSE 0 END")
            if read is not None:  # keyed by the rowids there: followed back to the start's
                values[key] = keyed_to_start(read, copy, stamps[key][1], before, prior)
        elif copy is not None:
            read = _condition_read(copy, ran, version, key, (before, prior))
            values[key] = read or _triggers_read(copy)
    for copy in copies.values():
        if copy is not None:
            copy.unlink(missing_ok=True)
    return dataclasses.replace(declared, midpath=values) if values else declared


def spelled_as_made(
    declared: Declared, before: Snapshot, after: Snapshot, chain: Sequence[Migration],
    path: UpgradePath,
) -> Declared:
    """The path's declarations again, each name as the schema spells it ("notes" declared,
    "Notes" made), keeping what :func:`midpath_reads` read (its keys spelled the same)."""
    spelling = Spelling.of((before.model, after.model))
    now = declared_between(tuple(chain), path.start.version, path.target, spelling)
    if not declared.midpath:
        return now
    midpath = {  # a deletion's or stamp's third name is its condition, as written
        (kind, spelling.table(table), name if kind in CONDITIONS else spelling.column(table, name)): read
        for (kind, table, name), read in declared.midpath.items()
    }
    return dataclasses.replace(now, midpath=midpath)


def _needed(declared: Declared, before: Snapshot, ran: Sequence[Migration]) -> dict[Key, Needed]:
    """The path's expressions (``ran``: its migrations) whose migration is not its first
    and that read something the start lacks or an earlier migration declares changed."""
    out = {}
    for kind, field in EXPRESSIONS:
        for (table, column), change in getattr(declared, field).items():
            written = declared.as_written.get((kind, table, column))
            original = written.change if written else change
            expression = declared_expression(original)
            if expression is None:
                continue
            at = next((i for i in range(len(ran) - 1, -1, -1) if original in ran[i].changes), 0)
            reads = _reads(before, original.table, expression)
            gone = reads and reads & _dropped(ran[at + 1 :])  # the end's view lacks it
            if at == 0 and not gone:
                continue  # the path's first migration: the start is the state it found
            fires = kind == "recompute" and _has_triggers(before, original.table)
            if reads is None or fires or gone or reads & _changed(ran[:at]):
                out[(kind, table, column)] = Needed(ran[at].version, original.table, expression)
    return out


def _has_triggers(before: Snapshot, table: str) -> bool:
    """Whether the start holds a trigger on ``table``: the replay of a recomputation fires
    it, and an earlier migration of the path may have dropped it (only there to tell)."""
    return any(t.table.casefold() == table.casefold() for t in before.model.triggers.values())


def _changed(earlier: Sequence[Migration]) -> set[tuple[str, str]]:
    """(table, column) pairs the ``earlier`` migrations declare a change of data to,
    casefolded; a whole row's change as (table, "")."""
    out = set()
    for migration in earlier:
        for change in migration.changes:
            if isinstance(change, CHANGES_DATA):
                out.add((change.table.casefold(), getattr(change, "column", "").casefold()))
    return out


def _dropped(later: Sequence[Migration]) -> set[tuple[str, str]]:
    """(table, column) pairs the ``later`` migrations declare dropped, casefolded (a table
    as (table, "")): the path's end may hold another of that name, so the comparison's
    view of the start leaves the first out, and only the state before can say it."""
    out = set()
    for migration in later:
        for change in migration.changes:
            if isinstance(change, ch.DropColumn | ch.DropTable):
                out.add((change.table.casefold(), getattr(change, "column", "").casefold()))
    return out


def _reads(before: Snapshot, table: str, expression: str) -> set[tuple[str, str]] | None:
    """What ``expression`` over ``table`` reads, over the start's schema, as (table,
    column) casefolded, each table also as (table, ""); None when the start lacks it."""
    conn = connect(":memory:")
    reads: set[tuple[str, str]] = set()

    def authorize(action: int, arg1: str | None, arg2: str | None, db, trigger) -> int:
        if action == sqlite3.SQLITE_READ and arg1:
            reads.update({(arg1.casefold(), (arg2 or "").casefold()), (arg1.casefold(), "")})
        return sqlite3.SQLITE_OK

    try:
        for name, model in before.model.tables.items():
            if not name.startswith("sqlite_"):
                cols = ", ".join(f"{q(c.name)} {c.type}".strip() for c in model.columns)
                conn.execute(f"CREATE TABLE {q(name)} ({cols})")
        conn.set_authorizer(authorize)
        try:
            with guarded(f"what expression {expression!r} on table {table!r} reads"):
                conn.execute(f"SELECT ({strict_names(expression)}) FROM {q(table)} LIMIT 0")
        except sqlite3.OperationalError as exc:
            if names_a_later_object(exc):
                return None
            return set()  # another error: the expression is read as before, which says it
        reads.discard((table.casefold(), ""))  # its own rows: only the columns count
        return reads
    finally:
        conn.close()


def _state_before(run: PathRun, version: int) -> Path | None:
    """A private copy of the start as the path leaves it just before migration
    ``version``: a walk's own steps below it, then one runner call up to ``version`` - 1;
    None when a migration below ``version`` fails (its expressions are read as before)."""
    steps = tuple(t for t in run.path.targets if t < version - 1) + (version - 1,)
    dest = run.start.path.parent / MIDPATH / f"v{version - 1}" / run.start.path.name
    try:
        return run.cache.stepped(run.start, steps, run.step, run.chain, dest)
    except InvariantFailure:
        return None  # the path's own run fails there too, naming its own database


def _read_where_it_runs(
    run: PathRun, copies: dict[int, Path | None], need: Needed
) -> BeforeItsMigration | None:
    """``need``'s expression over its copy; None where SQLite refuses it on rows its own
    migration fails on too (``sum`` overflowing in both): the path's run then reports the
    migration's failure, the finding, not a declaration whose SQL is right."""
    copy = copies[need.version]
    assert copy is not None
    try:
        return _read(copy, need.table, need.expression)
    except UnrunnableDeclaration:
        if need.version + 1 not in copies:  # the state its migration leaves, or None
            copies[need.version + 1] = _state_before(run, need.version + 1)
        if copies[need.version + 1] is None:
            return None
        raise


def _read(db: Path, table: str, expression: str) -> BeforeItsMigration | None:
    """``expression`` over each row of ``table`` in ``db``, by rowid, and the triggers
    ``db`` holds; None where it cannot be read there (a WITHOUT ROWID table, or what M
    itself adds)."""
    conn = connect(str(db))
    conn.text_factory = lossless_text  # as every snapshot reads TEXT
    try:
        try:
            if row_key_columns(conn, table) != ("rowid",):
                return None
            select = f"SELECT rowid, typeof(({expression})), ({expression}) FROM {q(table)}"
            with guarded(f"expression {expression!r} on table {table!r} before its migration"):
                values = {rowid: (kind, raw) for rowid, kind, raw in conn.execute(select)}
        except sqlite3.OperationalError as exc:
            if names_a_later_object(exc):
                return None
            raise unrunnable(exc, expression) from exc
        return BeforeItsMigration(values, *_triggers(conn))
    finally:
        conn.close()


def _conditions_needed(
    declared: Declared, before: Snapshot, ran: Sequence[Migration]
) -> dict[Key, int]:
    """Each deletion of a migration after the path's first whose condition reads what the
    start lacks (a column added on the way) or what an earlier migration of the path
    declares changed (rows marked deleted, then erased): only the state before it can say
    its rows."""
    out = {}
    for table, conditions in declared.deleted.items():
        for where in conditions:
            at = [i for i in range(len(ran)) if deleting(ran, i, (table, where))]
            if not (at and at[-1]):
                continue
            reads = _reads(before, deleted_table(ran, at[-1], (table, where)), where)
            if reads is None or reads & _changed(ran[: at[-1]]):
                out[(DELETE, table, where)] = ran[at[-1]].version
    return out


def _condition_read(
    db: Path, ran: Sequence[Migration], version: int, key: Key, start: tuple[Snapshot, list]
) -> BeforeItsMigration | None:
    """A deletion's condition (1 where it holds) over each row just before its migration,
    keyed by the start's rowids (``start``: the path's start and the migrations before),
    with the triggers there; None where it cannot be read there either."""
    i = next(n for n, m in enumerate(ran) if m.version == version)
    if not deleting(ran, i, key[1:]):
        return None
    table = deleted_table(ran, i, key[1:])
    read = _read(db, table, f"CASE WHEN ({key[2]}) THEN 1 ELSE 0 END")
    return None if read is None else keyed_to_start(read, db, table, *start)


def _triggers_read(db: Path) -> BeforeItsMigration:
    """The triggers ``db`` holds, for a declared deletion to be replayed with."""
    conn = connect(str(db))
    try:
        return BeforeItsMigration({}, *_triggers(conn))
    finally:
        conn.close()


def _triggers(conn: sqlite3.Connection) -> tuple[frozenset[str], Triggers]:
    held = triggers_of(conn)
    return frozenset(name.casefold() for name, _ in held), held
