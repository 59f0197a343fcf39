"""Rows of a table with no key of its own, renumbered by a copy, matched by their content.

The data-kept check matches a row before a path with the row after it by rowid. A table
with no PRIMARY KEY (Synapse's ``event_push_summary``) keeps its rowid hidden: no column
holds it, nothing can refer to it, and a copy into a new table (the rebuild SQLite needs
to add a CHECK) numbers the rows again from 1. Past the first gap a declared deletion
left, each row then takes another's rowid, and matched by rowid every one of them read
as changed values, asking for a ``Recompute`` that cannot apply. Where the rows after
are numbered 1..n as a copy numbers them, and not as they were, such a table's rows are
compared as a multiset of values instead (numbered from 1 with gaps, too, where a declared
deletion ran after the copy): the rows before, with the declared deletions
and value changes applied, against the rows after. A row lost, added or changed still
fails; a changed one is named by its rowid before and after, beside the row it is
closest to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from edi_migrations.harness.dbstate import TableRows, Value
from edi_migrations.harness.invariants import hints as to_paste
from edi_migrations.harness.invariants.failure import SHOWN
from edi_migrations.harness.invariants.values import show_value, show_values, value_key

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import Declared
    from edi_migrations.harness.invariants.expected import TableExpectation
    from edi_migrations.harness.invariants.snapshot import Snapshot

PAIRED = 50  # rows lost looked for among all the rows added: a bounded look


def renumbered_by_a_copy(before: Snapshot, after: Snapshot, table: str, declared: Declared) -> bool:
    """Whether ``table`` has no key of its own on both sides, the same columns, and rows
    after numbered from 1 as a copy into a new table numbers them (1..n, or with the gaps
    a deletion after the copy leaves), that rowids do not pair."""
    old, new = before.state.tables.get(table), after.state.tables.get(table)
    models = before.model.tables.get(table), after.model.tables.get(table)
    if old is None or new is None or None in models or old.columns != new.columns:
        return False
    if any(m.without_rowid or any(c.pk for c in m.columns) for m in models if m is not None):
        return False  # a key of its own: keyed_rows matches it, an INTEGER one is the rowid
    referring = declared.replay.referrers if declared.replay else {}
    if table in declared.moved or table in declared.restored or table in referring:
        return False  # rows moved aside or back, or put back under new rowids: by rowid
    # numbered from 1 as a copy numbers them: 1..n, or fewer where a declared deletion
    # after the copy left gaps (never past the rows there were on either side); rows
    # ``AddRows`` adds after that are numbered past the copy's, at most one each
    most = max(len(old.rows), len(new.rows))
    if table in declared.added_rows:
        most = len(old.rows) + len(new.rows)
    if not new.rows or min(new.rows) < 1 or max(new.rows) > most:
        return False
    # as many rows as before, numbered alike, can still be others (Synapse's 77/05 deletes
    # a summary per group and inserts one): a row that differs under its rowid tells
    return new.rows.keys() != old.rows.keys() or any(
        new.rows[rowid] != row for rowid, row in old.rows.items()
    )


@dataclass(frozen=True)
class _Row:
    rowid: int
    values: tuple[Value, ...]
    why: tuple[str, ...]  # per column: why it holds what it is expected to hold
    key: tuple


def kept_by_content(
    rows: tuple[TableRows, TableRows], after: Snapshot, declared: Declared, expect: TableExpectation
) -> list[str]:
    """Evidence for the rows of ``expect.table`` before a path, renumbered by a copy: each
    (less those deleted as declared, with the values the declarations give it) found once
    among the rows after; those after no declaration allows, unless ``AddRows``."""
    (old, new), table = rows, expect.table
    judged = [i for i, c in enumerate(old.columns) if (table, c) not in declared.random_columns]
    # a narrowed stamp's column is left out of a row's content: which rows it may change
    # is known only once a row after is paired with its row before (judged per pair)
    compared = [i for i in judged if old.columns[i] not in expect.stamped]
    expected, optional = _expected(old, declared, expect, compared)
    found = [
        _Row(rowid, row, (), tuple(value_key(row[i]) for i in compared))
        for rowid, row in sorted(new.rows.items())
    ]
    pairs = _paired(expected, found)
    taken = {id(r) for pair in pairs for r in pair}
    lost = [r for r in expected if id(r) not in taken]
    extra = [r for r in found if id(r) not in taken]
    pairs += _paired(optional, extra)  # a row a DeleteRows selects, kept: no row added
    taken = {id(r) for pair in pairs for r in pair}
    extra = [r for r in extra if id(r) not in taken]
    problems: list[str] = []
    for pair in pairs:
        problems += _changed(table, old, pair, _not_allowed(pair, old, expect, judged))
    spare = {r.rowid: r for r in extra}
    for n, row in enumerate(lost):
        twin = _closest(row, spare, compared, search=n < PAIRED)
        if twin is None:
            hint = to_paste.row_lost(table, after) if n < PAIRED else "not paired (too many)"
            text = row_text(old.columns, old.rows[row.rowid])
            problems.append(f"{table} rowid {row.rowid}: row lost ({text}): {hint}")
            continue
        del spare[twin.rowid]
        pair = (row, twin)
        problems += _changed(table, old, pair, _not_allowed(pair, old, expect, judged))
    if table not in declared.added_rows:
        problems += [
            f"{table} rowid {r.rowid}: row added, not declared: {to_paste.row_added(table)}"
            for r in list(spare.values())[:SHOWN]
        ]
    return problems


def _paired(expected: list[_Row], found: list[_Row]) -> list[tuple[_Row, _Row]]:
    """Rows before and after of equal content, paired in order (a copy keeps the order);
    only where a narrowed stamp's column is left out of the content can they differ."""
    waiting: dict[tuple, list[_Row]] = {}
    for row in reversed(found):
        waiting.setdefault(row.key, []).append(row)
    pairs = []
    for row in expected:
        twins = waiting.get(row.key)
        if twins:
            pairs.append((row, twins.pop()))
    return pairs


def _not_allowed(
    pair: tuple[_Row, _Row], old: TableRows, expect: TableExpectation, judged: list[int]
) -> list[int]:
    """The columns of ``judged`` whose value after no declaration allows in that row: a
    stamped one judged by its stamp (the rows its ``where=`` selects, its JSON key)."""
    row, twin = pair
    out = []
    for i in judged:
        stamp = expect.stamped.get(old.columns[i])
        if stamp is not None and stamp.allows(row.rowid, old.rows[row.rowid][i], twin.values[i]):
            continue
        if value_key(row.values[i]) != value_key(twin.values[i]):
            out.append(i)
    return out


def _expected(
    old: TableRows, declared: Declared, expect: TableExpectation, compared: list[int]
) -> tuple[list[_Row], list[_Row]]:
    """The rows before with the values declared: those that must stay, and those a
    a declaration lets go (``DeleteRows``, a merge), which may stay as well."""
    replay, table = declared.replay, expect.table
    out: list[_Row] = []
    optional: list[_Row] = []
    for rowid, row in sorted(old.rows.items()):
        cells = replay.cells(table, rowid) if replay else {}
        values, why = [], []
        for column, was in zip(old.columns, row, strict=True):
            if column in cells:
                value, because = cells[column]
            elif column in expect.declared_columns:
                value, because = expect.expected(column, rowid, was, {})
            else:
                value, because = was, "unchanged"
            values.append(value)
            why.append(because)
        key = tuple(value_key(values[i]) for i in compared)
        gone = rowid in expect.deletable or (replay and replay.gone(table, rowid))
        kept = optional if gone else out
        kept.append(_Row(rowid, tuple(values), tuple(why), key))
    return out, optional


def _closest(
    row: _Row, rows: dict[int, _Row], compared: list[int], search: bool
) -> _Row | None:
    """The row of ``rows`` (by rowid) sharing most values with ``row``, if it shares more
    than half: the one under its own rowid first (a copy in the same order), as rows
    alike (the schema's draws) may tie; the others looked through only where ``search``
    (the first ``PAIRED`` rows: a bounded look)."""
    def shared(other: _Row) -> int:
        return sum(1 for a, b in zip(row.key, other.key, strict=True) if a == b)

    half = len(compared) // 2
    own = rows.get(row.rowid)
    if own is not None and shared(own) > half:
        return own
    if not search:
        return None
    best, most = None, half
    for other in rows.values():
        same = shared(other)
        if same > most:
            best, most = other, same
    return best


def _changed(
    table: str, old: TableRows, pair: tuple[_Row, _Row], compared: list[int]
) -> list[str]:
    """A row kept, but with values no declaration gives it (``pair``: expected, found)."""
    row, twin = pair
    problems = []
    for i in compared:
        if value_key(row.values[i]) == value_key(twin.values[i]):
            continue
        column = old.columns[i]
        shown, now = show_values(old.rows[row.rowid][i], twin.values[i])
        expected = show_values(row.values[i], twin.values[i])[0]
        hint = f": {to_paste.value_changed(table, column)}" if row.why[i] == "unchanged" else ""
        moved = f" (rowid {twin.rowid} after a copy)" if twin.rowid != row.rowid else ""
        problems.append(
            f"{table}.{column} rowid {row.rowid}{moved}: before {shown}, after {now} "
            f"(expected {expected}: {row.why[i]}){hint}"
        )
    return problems


def row_text(columns: tuple[str, ...], row: tuple[Value, ...]) -> str:
    """A row's first values, for a line of evidence."""
    shown = ", ".join(f"{c}={show_value(v)}" for c, v in list(zip(columns, row, strict=True))[:4])
    return shown + (", …" if len(columns) > 4 else "")
