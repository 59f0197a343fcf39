"""Rows that went through a WITHOUT ROWID table on a round trip are compared by content.

A migration rebuilding a plain table as WITHOUT ROWID (Anki's schema 18 ``graves``, keyed
by ``(oid, type)``) discards its rowids; its downgrade, rebuilding the plain table, can
only number the rows again, in the key's order. The round trip compared the start's rows
with the downgraded ones by rowid and called every renumbered row changed. Where the
table is WITHOUT ROWID at the migration's version (its rows there keyed by the key, not a
rowid), the start's rows and the downgraded rows are compared as one sorted list each:
a row lost, added or changed is still told, under the place it takes in that list. So
are the rows going down from the migration's own data (keyed by the key, then by rowid).
"""

from __future__ import annotations

from edi_migrations.harness.invariants.runs import UserState


def renumbered_through(lower: UserState, now: UserState, higher: UserState) -> tuple[UserState, UserState]:
    """``lower`` and ``now`` with each table that is WITHOUT ROWID in ``higher`` (and not
    in either of them) numbered in the order of its rows' content."""
    through = [
        name
        for name, (_, rows) in higher[1].items()
        if rows and _keyed(rows)
        and _plain(lower, name) and _plain(now, name)
    ]
    if not through:
        return lower, now
    return _sorted(lower, through), _sorted(now, through)


def numbered_alike(old: dict, new: dict) -> tuple[dict, dict]:
    """``old`` and ``new`` (table -> (columns, rows)) with each table keyed by its key on
    one side and by rowid on the other numbered in the order of its rows' content."""
    names = [
        name
        for name in old.keys() & new.keys()
        if _keyed(old[name][1]) != _keyed(new[name][1])
    ]
    if not names:
        return old, new
    return _sorted(("", old), names)[1], _sorted(("", new), names)[1]


def _keyed(rows: dict) -> bool:
    return any(isinstance(key, tuple) for key in rows)


def _plain(state: UserState, name: str) -> bool:
    table = state[1].get(name)
    return table is not None and not _keyed(table[1])


def _sorted(state: UserState, names: list[str]) -> UserState:
    tables = dict(state[1])
    for name in names:
        columns, rows = tables[name]
        ordered = sorted(rows.values(), key=repr)
        tables[name] = (columns, dict(enumerate(ordered, start=1)))
    return state[0], tables
