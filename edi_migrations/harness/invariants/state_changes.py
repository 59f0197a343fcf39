"""What changed between two reads of one database, said so that a reader can act on it.

A round trip or a re-run that changed the database is reported table by table (rows
gone, added, changed and in which columns, then a few rows by key with their values) and
schema object by object (added, dropped, altered): "table x differs" or an empty list
of tables leaves the reader to diff the databases by hand.
"""

from __future__ import annotations

from collections.abc import Mapping

from edi_migrations.harness.dbstate import Row, Value
from edi_migrations.harness.invariants.edge_overflow import edge_hints, overflowed
from edi_migrations.harness.invariants.schema_blocks import blocks
from edi_migrations.harness.invariants.values import (
    REAL_ZERO,
    same_exactly,
    show_value,
    value_key,
)

Rows = tuple[tuple[str, ...], Mapping[object, Row]]  # (columns, row by key)
EXAMPLES = 3  # rows shown per table: enough to see the pattern, few enough to read


def key_text(key: object) -> str:
    """``rowid 3``, or a WITHOUT ROWID table's primary key ``key ('a', 1)``."""
    return f"rowid {key}" if isinstance(key, int) else f"key {key!r}"


def _row_text(columns: tuple[str, ...], row: Row) -> str:
    shown = ", ".join(f"{c}={show_value(v)}" for c, v in list(zip(columns, row, strict=True))[:4])
    return shown + (", …" if len(columns) > 4 else "")


def _same(a: Value, b: Value) -> bool:
    return value_key(a) == value_key(b)


def same_rows(before: Rows | None, after: Rows | None) -> bool:
    """Exactly the same table (storage class and bits: -0.0 is not 0.0): ``==`` on the
    whole tables first; only a row holding a REAL zero is then looked at again."""
    if before != after:
        return False
    if before is None or after is None:
        return True
    old = before[1]
    return all(same_exactly(old[key], row) for key, row in after[1].items() if REAL_ZERO in row)


def _reordered(table: str, old: tuple[str, ...], new: tuple[str, ...]) -> list[str]:
    """The same columns at other places: what puts them back (ADD COLUMN only appends)."""
    if sorted(old) != sorted(new):
        return []
    kept = [c for c in old if c in new]
    moved = [c for c in new if new.index(c) != kept.index(c)]
    # The column added last moved; the others only shifted up behind it.
    names = ", ".join(moved[-1:] if new[-1] in moved else moved)
    return [
        f"table {table}: the same columns in another order ({names} moved): ADD COLUMN "
        "appends at the end; put it back at its place by rebuilding the table "
        "(edi_migrations.rebuild.rebuild_tables)"
    ]


def table_changes(table: str, before: Rows | None, after: Rows | None) -> list[str]:
    """A summary line for ``table``, then up to :data:`EXAMPLES` rows: what it lost,
    gained or changed. Empty when the table is the same."""
    if before is None or after is None:
        there = before or after
        count = len(there[1]) if there else 0
        return [f"table {table}: {'added' if before is None else 'gone'} ({count} row(s))"]
    (old_columns, old), (new_columns, new) = before, after
    lines = []
    if old_columns != new_columns:
        lines.append(f"table {table}: columns {list(old_columns)} -> {list(new_columns)}")
        lines += _reordered(table, old_columns, new_columns)
    shared = [c for c in old_columns if c in new_columns]
    at_old = [old_columns.index(c) for c in shared]
    at_new = [new_columns.index(c) for c in shared]
    gone = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    changed: dict[object, list[str]] = {}
    for key in old.keys() & new.keys():
        columns = [
            c
            for c, i, j in zip(shared, at_old, at_new, strict=True)
            if not _same(old[key][i], new[key][j])
        ]
        if columns:
            changed[key] = columns
    counts = [(len(gone), "gone"), (len(added), "added")]
    parts = [f"{n} row(s) {what}" for n, what in counts if n]
    if changed:
        names = sorted({c for columns in changed.values() for c in columns})
        parts.append(f"{len(changed)} row(s) changed in column {', '.join(names)}")
    if parts:
        lines.append(f"table {table}: {'; '.join(parts)}")
    examples = [f"{table} {key_text(k)}: row gone ({_row_text(old_columns, old[k])})" for k in gone]
    examples += [
        f"{table} {key_text(k)}: row added ({_row_text(new_columns, new[k])})" for k in added
    ]
    for key in sorted(changed, key=repr):
        shown = "; ".join(
            f"{c}: {show_value(old[key][old_columns.index(c)])} -> "
            f"{show_value(new[key][new_columns.index(c)])}"
            for c in changed[key]
        )
        examples.append(f"{table} {key_text(key)}: {shown}")
    edges = [
        c
        for key, columns in changed.items()
        for c in columns
        if overflowed(old[key][old_columns.index(c)], new[key][new_columns.index(c)])
    ]
    return lines + examples[:EXAMPLES] + edge_hints(table, edges) if lines else []


def tables_changes(before: Mapping[str, Rows], after: Mapping[str, Rows]) -> list[str]:
    """:func:`table_changes` for every table of either side, by name."""
    lines: list[str] = []
    for table in sorted(before.keys() | after.keys()):
        if not same_rows(before.get(table), after.get(table)):
            found = table_changes(table, before.get(table), after.get(table))
            lines += found or [f"table {table}: its rows differ"]
    return lines


def schema_changes(before: str, after: str, storage: frozenset[str] = frozenset()) -> list[str]:
    """Each schema object added, dropped or altered, from two canonical schema texts;
    ``storage``: tables that are a virtual table's storage (its shadow tables), not told."""
    old, new = blocks(before), blocks(after)
    lines = []
    for kind, name in sorted((old.keys() | new.keys()) - {("table", n) for n in storage}):
        if (kind, name) not in old:
            lines.append(f"schema: {kind} {name} added")
        elif (kind, name) not in new:
            lines.append(f"schema: {kind} {name} dropped")
        elif old[(kind, name)] != new[(kind, name)]:
            lines.append(f"schema: {kind} {name} altered")
    return lines or (["schema: objects in another order"] if before != after else [])
