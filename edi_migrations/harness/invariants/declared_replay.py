"""The declared row changes of a path replayed on its start, the app's triggers firing.

Rows moved aside (``MoveRows``), merged (``MergeRows``) and deleted (``DeleteRows``:
grocy's meal plan entries whose recipe is gone) leave their tables, and as
they leave the app's own triggers fire (a tag's use count follows its links) and its
views lose them. Those are consequences of the declaration, not changes to declare
again: the harness makes the same changes on a copy of the start database and takes
what the triggers and views hold there as what the upgraded database must hold. A
stale counter, a link left pointing at a removed row, or a view that loses rows other
than the declared ones therefore still fails, naming the value expected and why.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from edi_migrations import changes as ch
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.dbstate import open_copy, row_id_of, row_key_columns
from edi_migrations.harness.invariants.composed import column_end, table_end, undo
from edi_migrations.harness.invariants.declared_sql import DeclarationsNamed as Named  # noqa: F401 (the checks)
from edi_migrations.harness.invariants.declared_sql import unrunnable
from edi_migrations.harness.invariants.expected import names_a_later_object
from edi_migrations.harness.invariants.renames import renamed
from edi_migrations.harness.invariants.replay_backfill import replay_backfills
from edi_migrations.harness.invariants.replay_deleted import deleted_as_read
from edi_migrations.harness.invariants.replay_read import (
    replay_snapshot,
    touched_tables,
    writes_logged,
)
from edi_migrations.harness.invariants.replay_result import Cells, Replay
from edi_migrations.harness.invariants.replay_triggers import (
    only_triggers,
    triggers_as,
    triggers_of,
)
from edi_migrations.harness.invariants.values import same_key
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.sqlite.dbapi import sqlite3

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import BeforeItsMigration, Declared
    from edi_migrations.harness.invariants.snapshot import Snapshot

TRIGGERS = "the app's triggers, as the declared rows left"
def replay_source(start: Path, declared: Declared) -> sqlite3.Connection | None:
    """An in-memory copy of the start to replay on, taken before the path runs (the path
    may upgrade the start's file in place); None when nothing is to be replayed."""
    if not (
        declared.moved or declared.merges or declared.recomputed or declared.deleted
        or declared.backfills
    ):
        return None
    conn = open_copy(start)
    # the start's CHECKs are its own: a later step of the path may drop one and then
    # write what it refused (memos: user.role unchecked, then HOST becomes ADMIN)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    return conn


def replayed(
    conn: sqlite3.Connection | None, before: Snapshot, after: Snapshot, declared: Declared
) -> Declared:
    """``declared`` with its :class:`Replay` on ``conn``, :func:`replay_source`'s copy of
    the start (closed here); itself when there is nothing to replay."""
    if conn is None:
        return declared
    back = undo(declared.renames)
    try:
        with writes_logged(conn) as written:
            moved = _replay_moves(conn, after, declared, back)
            why_gone: dict[tuple[str, int], str] = _replay_deletes(conn, declared, back)
            why_value: dict[tuple[str, int, str], str] = {}
            problems: list[str] = []
            for merge in declared.merges:
                problems += _replay_merge(conn, after, merge, back, (why_gone, why_value))
            filled = replay_backfills(conn, declared, back)
            found = _as_found(conn, declared, back)  # each rule read before any is written
            for key, rule in declared.recomputed.items():
                read = declared.midpath.get(("recompute", *key))
                _replay_recompute(conn, (rule, read), back, why_value, found.get(key))
        touched = touched_tables(conn, written)
        snap = replay_snapshot(conn, before, touched, declared.views_not_compared)
    finally:
        conn.close()
    start_rows = renamed(before, declared.renames).state.tables
    end_rows = renamed(snap, declared.renames).state.tables
    values: dict[str, dict[int, Cells]] = defaultdict(dict)
    removed: dict[str, dict[int, str]] = defaultdict(dict)
    for (table, rowid), why in why_gone.items():  # named as at the end already
        removed[table][rowid] = why
    for table, old in start_rows.items():
        now = end_rows.get(table)
        if now is old:
            continue  # a table the replay did not touch: the start's own rows
        if now is None or now.columns != old.columns:
            continue
        for rowid, row in old.rows.items():
            row_now = now.rows.get(rowid)
            if row_now is row:
                continue  # the start's own row, kept by a table only deleted from
            if row_now is None:
                if (table, rowid) not in moved and rowid not in removed[table]:
                    removed[table][rowid] = TRIGGERS
                continue
            if row_now == row and not any(v == 0.0 for _, v in row):
                continue  # most rows: equal pairs, no zero whose sign == cannot see
            changed = {
                c: (v, why_value.get((table, rowid, c), TRIGGERS))
                for c, v, w in zip(old.columns, row_now, row, strict=True)
                if not (v == w and type(v[1]) is type(w[1]) is not float)  # equal, at C speed
                and not same_key(v, w) and (table, rowid, c) not in filled  # value_key's ==
            }
            if changed:
                values[table][rowid] = changed
    referring = {r.rpartition(".")[0] for m in declared.merges for r in m.references}
    return dataclasses.replace(
        declared,
        replay=Replay(
            dict(values),
            dict(removed),
            {t: end_rows[t] for t in referring if t in end_rows},
            snap.views,
            tuple(problems),
        ),
    )


def _replay_moves(
    conn: sqlite3.Connection, after: Snapshot, declared: Declared, back: tuple
) -> set[tuple[str, int]]:
    """Delete from the copy each row the upgraded database holds in a declared quarantine
    (in the order the moves are declared); returns them as (end table, rowid)."""
    out = set()
    for table, quarantines in declared.moved.items():
        rowids = set()
        for quarantine in quarantines:
            rows = after.state.tables.get(quarantine)
            if rows is None or not {"source_table", "source_rowid"} <= set(rows.columns):
                continue
            src, rid = rows.columns.index("source_table"), rows.columns.index("source_rowid")
            rowids |= {row[rid][1] for row in rows.rows.values() if row[src][1] == table}
        name = table_end(table, back)
        if not rowids or not _has_table(conn, name):
            continue  # nothing moved, or a table an earlier step of the path made
        with guarded(f"the declared move of rows out of table {name!r}, replayed"):
            conn.executemany(
                f"DELETE FROM {q(name)} WHERE rowid = ?", [(r,) for r in sorted(rowids)]
            )
        out |= {(table, r) for r in rowids}
    return out


def _replay_deletes(
    conn: sqlite3.Connection, declared: Declared, back: tuple
) -> dict[tuple[str, int], str]:
    """Delete from the copy the rows each ``DeleteRows`` condition names (SQL over the
    row before the path, as the declaration reads it); returns them as (end table, rowid)
    -> why."""
    out = {}
    for table, conditions in declared.deleted.items():
        name = table_end(table, back)
        if not _has_table(conn, name) or row_key_columns(conn, name) != ("rowid",):
            continue  # made by an earlier step of the path (no row of the start), or keyed
            # otherwise (WITHOUT ROWID): its rows are judged by the condition alone
        for where in conditions:
            with guarded(f"the declared deletion of rows of table {name!r}, replayed"):
                try:
                    select = f"SELECT {row_id_of(conn, name)} FROM {q(name)} WHERE ({where})"
                    rowids = [r[0] for r in conn.execute(select)]
                except sqlite3.OperationalError as exc:
                    if not names_a_later_object(exc):
                        raise unrunnable(exc, where) from exc
                    out |= deleted_as_read(conn, (table, name), where, declared)
                    continue  # the condition reads what an earlier step of the path makes
                # one statement, as a migration writes it: its plan picks the order the
                # rows leave in, and the triggers firing in that order (grocy's give each
                # re-created recipe the lowest id less one) make the same rows
                read = declared.midpath.get(("delete", table, where))
                _delete(conn, name, where, read, declared.dropped_objects)
            out |= {(table, r): f"deleted as declared: {where}" for r in rowids}
    return out


def _delete(
    conn: sqlite3.Connection,
    name: str,
    where: str,
    read: BeforeItsMigration | None,
    dropped: frozenset[tuple[str, str]],
) -> None:
    """The declared rows deleted with the triggers held just before the declaring migration
    (``Declared.midpath``: a jump's earlier migrations made or dropped some), else the
    start's; a trigger of then that reads what the start lacks fires the start's."""
    if read is not None:
        try:
            with triggers_as(conn, read.trigger_sql):
                conn.execute(f"DELETE FROM {q(name)} WHERE ({where})")
            return
        except sqlite3.OperationalError as exc:
            if not names_a_later_object(exc):
                raise  # the statement undone: SQLite rolls a failed statement back
    try:
        conn.execute(f"DELETE FROM {q(name)} WHERE ({where})")
    except sqlite3.OperationalError:
        # a start's trigger failing on the delete (calibre's base guards read OLD.book) was
        # gone when the migration deleted, or it could not have: fire it only if kept
        kept = tuple(t for t in triggers_of(conn) if ("trigger", t[0]) not in dropped)
        if len(kept) == len(triggers_of(conn)):
            raise
        with triggers_as(conn, kept):
            conn.execute(f"DELETE FROM {q(name)} WHERE ({where})")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def _as_found(conn: sqlite3.Connection, declared: Declared, back: tuple) -> dict:
    """Each recomputation's value per rowid over the copy before any is replayed: an
    expression reads the rows as its migration found them, not as a rule declared before
    it left them (Anki's schema 16: the cards' ease read from the option groups the rule
    above it rewrites). None of a WITHOUT ROWID table's, or one its rows cannot run yet."""
    found = {}
    for key, rule in declared.recomputed.items():
        table = table_end(rule.table, back)
        if ("recompute", *key) in declared.midpath or not _has_table(conn, table):
            continue
        with guarded(f"the declared recomputation of {rule.table}.{rule.column}, replayed"):
            try:
                select = f"SELECT ({rule.expression}), rowid FROM {q(table)}"
                found[key] = conn.execute(select).fetchall()
            except sqlite3.OperationalError:
                continue  # said as the rule is replayed below
    return found


def _replay_recompute(
    conn: sqlite3.Connection,
    recompute: tuple[ch.Recompute, BeforeItsMigration | None],
    back: tuple,
    why_value: dict,
    found: list[tuple] | None = None,
) -> None:
    """The declared rule applied to every row (its views and triggers follow): its values
    as :func:`_as_found` read them; where the rule was read just before its migration
    (``Declared.midpath``), those values, only the triggers of that database firing."""
    rule, read = recompute
    table = table_end(rule.table, back)
    column = column_end(rule.table, rule.column, back, False)
    if not _has_table(conn, table):
        return  # made by an earlier step of the path: no row of the start to recompute
    with guarded(f"the declared recomputation of {rule.table}.{rule.column}, replayed"):
        try:
            if read is not None:
                with only_triggers(conn, read.triggers):
                    conn.executemany(
                        f"UPDATE {q(table)} SET {q(column)} = ? WHERE {row_id_of(conn, table)} = ?",
                        [(raw, rowid) for rowid, (_, raw) in read.values.items()],
                    )
            elif found is not None:
                by_number = f"UPDATE {q(table)} SET {q(column)} = ? WHERE {row_id_of(conn, table)} = ?"
                conn.executemany(by_number, found)
            else:
                conn.execute(f"UPDATE {q(table)} SET {q(column)} = ({rule.expression})")
        except sqlite3.OperationalError as exc:
            if not names_a_later_object(exc):
                raise unrunnable(exc, rule.expression) from exc
            return  # the column, or what the rule reads, is made by an earlier step
        for (rowid,) in conn.execute(f"SELECT {row_id_of(conn, table)} FROM {q(table)}"):
            why_value[(rule.table, rowid, rule.column)] = f"recompute {rule.expression}"


def _replay_merge(
    conn: sqlite3.Connection,
    after: Snapshot,
    merge: ch.MergeRows,
    back: tuple,
    why: tuple[dict, dict],
) -> list[str]:
    """Merge the copy's rows as ``merge`` declares, keeping in each group the row the
    upgraded database kept; returns each group kept twice or not at all."""
    why_gone, why_value = why
    table, kept_now = table_end(merge.table, back), after.state.tables.get(merge.table)
    if not _has_table(conn, table):
        return []  # made by an earlier step of the path: no row of the start to merge
    keys = ", ".join(f"({k})" for k in merge.key)
    with guarded(f"the key of the declared merge of table {table!r}"):
        rows = conn.execute(f"SELECT {row_id_of(conn, table)}, {keys} FROM {q(table)}").fetchall()
    groups: dict[tuple, list[int]] = defaultdict(list)
    for rowid, *key in rows:
        if None not in key:
            groups[tuple(key)].append(rowid)
    into, problems = {}, []
    for key, group in sorted(groups.items(), key=lambda kv: kv[1]):
        alive = [r for r in group if kept_now is not None and r in kept_now.rows]
        if len(group) < 2:
            continue
        if len(alive) != 1:
            shown = ", ".join(repr(k) for k in key)
            problems.append(
                f"{merge.table} rowids {', '.join(map(str, group))} share key ({shown}): "
                f"declared merged, {len(alive) or 'none'} kept"
            )
        if alive:
            into |= {r: min(alive) for r in group if r not in alive}
    _repoint(conn, merge, back, into, (why_gone, why_value))
    for old, new in into.items():
        why_gone[(merge.table, old)] = f"merged into rowid {new}"
    with guarded(f"the declared merge of table {table!r}, replayed"):
        by_number = f"DELETE FROM {q(table)} WHERE {row_id_of(conn, table)} = ?"
        conn.executemany(by_number, [(r,) for r in into])
    return problems


def _repoint(
    conn: sqlite3.Connection, merge: ch.MergeRows, back: tuple, into: dict, why: tuple[dict, dict]
) -> None:
    """Each reference to a merged row set to its kept row; a referring row that would
    repeat another (a UNIQUE or PRIMARY KEY refuses it) is deleted, as a migration does."""
    why_gone, why_value = why
    for reference in merge.references:
        end_table, _, end_column = reference.rpartition(".")
        table = table_end(end_table, back)
        column = column_end(end_table, end_column, back, False)
        with guarded(f"the references {reference!r} of the declared merge, replayed"):
            row_id = row_id_of(conn, table)
            pointing = conn.execute(f"SELECT {row_id}, {q(column)} FROM {q(table)}").fetchall()
            for rowid, value in pointing:
                if value not in into:
                    continue
                why_value[(end_table, rowid, end_column)] = (
                    f"{merge.table} rowid {value} merged into rowid {into[value]}"
                )
                cursor = conn.execute(
                    f"UPDATE OR IGNORE {q(table)} SET {q(column)} = ? WHERE {row_id} = ?",
                    (into[value], rowid),
                )
                if cursor.rowcount == 0:
                    conn.execute(f"DELETE FROM {q(table)} WHERE {row_id} = ?", (rowid,))
                    why_gone[(end_table, rowid)] = (
                        f"repeats another row once pointed at {merge.table} rowid {into[value]}"
                    )
