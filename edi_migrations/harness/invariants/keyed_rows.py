"""Rows of a table known by its own PRIMARY KEY, matched by that key across a rebuild.

The data-kept check matches a row before a migration with the row after it by rowid.
Where the rowid is the row's key (an INTEGER PRIMARY KEY, or no key at all) that is the
row's identity, and a copy that renumbers it loses the row. Where the table has a
PRIMARY KEY of its own (``id TEXT PRIMARY KEY``, what Drizzle and Prisma write), the
rowid is SQLite's bookkeeping: a rebuild that copies the rows in another order moves no
data. Such a table's rows after the migration are keyed by the rowid their key had
before, when the key is the same columns on both sides and names one row each.

A table rebuilt into WITHOUT ROWID (Anki's ``graves``, keyed by ``(oid, type)``) or back
out of it is read by rowid on one side and by its key on the other: its rows are matched
through the WITHOUT ROWID side's key. A plain table may repeat that key; ``INSERT OR
IGNORE ... SELECT`` keeps the first row in rowid order, so the later ones are the rows lost.
A WITHOUT ROWID table rebuilt with its key's columns in another order is read by that
key in each order: its rows after are keyed in the order before. A key compared NOCASE on
both sides pairs rows as SQLite compares it ('Tag1' is 'tag1').
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from edi_migrations.harness.dbstate import TableRows
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.packed_states import TablesView, changed, entries_of
from edi_migrations.schema.model import Table


def matched_by_key(before: Snapshot, after: Snapshot) -> Snapshot:
    """``after`` with each such table's rows keyed as ``before`` keyed them, as it is
    looked up (which tables may be is told by their models alone)."""
    entries = entries_of(after.state.tables)
    for name in after.state.tables:
        old, new = before.model.tables.get(name), after.model.tables.get(name)
        if _turns(old, new) or _own_key(old, new):
            changed(entries, name, partial(_matched, before, after, name))
    if not any(change for _, _, change in entries.values()):
        return after
    return replace(after, state=replace(after.state, tables=TablesView(entries)))


def _matched(before: Snapshot, after: Snapshot, name: str, new: TableRows) -> TableRows:
    """``new`` (``name``'s rows after) keyed as ``before`` keyed them, where they moved."""
    models = before.model.tables.get(name), after.model.tables.get(name)
    turned = _key_turned(*models, new)
    if turned is not None:
        return turned
    old, key = before.state.tables.get(name), _own_key(*models)
    if old is None or not key or not set(key) <= set(old.columns) & set(new.columns):
        return new
    rekeyed = _rekeyed(old, new, key, _nocase(before, after, name, key))
    return new if rekeyed is None else rekeyed


def _turns(old: Table | None, new: Table | None) -> bool:
    """Whether a WITHOUT ROWID table's key columns are in another order on each side."""
    if old is None or new is None or not (old.without_rowid and new.without_rowid):
        return False
    was, now = _key(old), _key(new)
    return was != now and sorted(was) == sorted(now)


def _key_turned(old: Table | None, new: Table | None, rows: TableRows) -> TableRows | None:
    """A WITHOUT ROWID table's rows after a rebuild that put its key's columns in another
    order (``PRIMARY KEY (tag_id, note_id)``), keyed in the order before: the same rows,
    known by the same key; None for any other table."""
    if old is None or new is None or not _turns(old, new):
        return None
    was, now = _key(old), _key(new)
    at = [now.index(c) for c in was]
    return TableRows(rows.columns, {tuple(k[i] for i in at): r for k, r in rows.rows.items()})


def _key(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in sorted((c for c in table.columns if c.pk), key=lambda c: c.pk))


def _own_key(old: Table | None, new: Table | None) -> tuple[str, ...]:
    """The PRIMARY KEY columns both sides share, unless the rowid is the key; across a
    rebuild into (or out of) WITHOUT ROWID, that side's key."""
    if old is None or new is None or (old.without_rowid and new.without_rowid):
        return ()
    if old.without_rowid or new.without_rowid:
        keyed = new if new.without_rowid else old
        return _key(keyed)
    keys = [_key(t) for t in (old, new)]
    if not keys[0] or keys[0] != keys[1]:
        return ()
    if old.rowid_alias is not None and new.rowid_alias is not None:
        return ()  # an INTEGER PRIMARY KEY is the rowid itself
    return keys[0]


ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(before: Snapshot, after: Snapshot, name: str, key: tuple[str, ...]) -> tuple[bool, ...]:
    """Per key column, whether both sides compare it NOCASE: 'Tag1' and 'tag1' are then one
    key, and a copy changing its case changed a value of that row (not lost it and added
    another, which sent the table back to rowids, every row's values read as changed)."""
    tables = before.model.tables[name], after.model.tables[name]
    return tuple(
        all((t.column(c).collate or "").casefold() == "nocase" for t in tables) for c in key
    )


def _folded(value: tuple, nocase: bool) -> tuple:
    """A key's value as its collation compares it (NOCASE folds ASCII letters only)."""
    if nocase and value[0] == "text" and isinstance(value[1], str):
        return (value[0], value[1].translate(ASCII_FOLD))
    return value


def _rekeyed(
    old: TableRows, new: TableRows, key: tuple[str, ...], nocase: tuple[bool, ...]
) -> TableRows | None:
    """``new`` keyed by the rowid each key had in ``old`` (a repeated key: its first row,
    in rowid order); where rows moved, a key ``old`` lacks (a row added on the way) keeps its
    rowid unless ``old`` or a paired row holds it, else takes the next one free past both
    sides'; None where nothing moved or the key does not name one row on each side (a
    NULL, a clash)."""
    at_old = [old.columns.index(c) for c in key]
    at_new = [new.columns.index(c) for c in key]
    was: dict[tuple, int] = {}
    for rowid, row in old.rows.items():
        k = tuple(_folded(row[i], n) for i, n in zip(at_old, nocase, strict=True))
        if any(v[1] is None for v in k):
            return None
        was.setdefault(k, rowid)
    target: dict[int, int] = {}
    added = []
    for rowid, row in new.rows.items():
        k = tuple(_folded(row[i], n) for i, n in zip(at_new, nocase, strict=True))
        if any(v[1] is None for v in k):
            return None
        if k in was:
            target[rowid] = was[k]
        else:
            added.append(rowid)
    if all(a == b for a, b in target.items()):
        return None  # nothing moved: a key an UPDATE changed keeps its row's rowid
    taken = set(target.values()) | set(old.rows)  # after a copy, an added row is none of old's
    free = max([0, *(r for r in (*old.rows, *new.rows) if isinstance(r, int))]) + 1
    for rowid in added:
        target[rowid] = free if rowid in taken else rowid
        free += rowid in taken
        taken.add(target[rowid])
    if all(a == b for a, b in target.items()) or len(set(target.values())) != len(target):
        return None
    return TableRows(new.columns, {target[r]: row for r, row in new.rows.items()})
