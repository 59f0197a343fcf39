"""States held a table at a time: pickled per table, and seen through views that change
a table only when it is looked up.

A round trip holds the state at the migration's version while it goes down and up
again; an upgrade path holds its start's state and the state after. Read whole, each was
every row of every table as Python tuples (several times the file's bytes: at a long
chain's head, tens of MB), and what a worker frees the allocator keeps. A large state is
held pickled per table (``dbstate.PackedTables``), and what the checks derive from it (a
rename followed, a dropped column trimmed, rows keyed by their own key, stamps masked)
is a :class:`TablesView`: each table changed as it is looked up, so a check that visits
the tables one by one holds about one table of each side, not every table twice.
Over tables held whole in a dict, a view keeps each changed table, as the copy it
replaces did. The comparisons' words are the same: the same rows, by the same names.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from edi_migrations.harness.dbstate import PROTOCOL, UNPACKED, ByName, PackedTables, packed

__all__ = ["PackedTables", "TablesView", "packed", "packed_pairs"]

T = TypeVar("T")
Change = Callable[[Any], Any]
Entry = tuple[Mapping[str, Any], str, Change | None]  # (tables, the name there, change)
MISSING = object()


def packed_pairs(entries: Iterable[tuple[str, T, T]]) -> tuple[PackedTables[T], PackedTables[T]]:
    """Two sides' entries, a table of each at a time, pickled as they come."""
    old, new = {}, {}
    for name, before, after in entries:
        old[name], new[name] = pickle.dumps(before, PROTOCOL), pickle.dumps(after, PROTOCOL)
    return PackedTables(old), PackedTables(new)


def held_whole(tables: Mapping[str, Any]) -> bool:
    """Whether every table of ``tables`` is held in memory already (a dict, or a view of
    dicts): a table changed from it may then be kept, as a copy would have been."""
    if isinstance(tables, TablesView):
        return tables.whole
    return type(tables) is dict


class TablesView(ByName[T]):
    """Tables by name, each looked up in another mapping (``entries``: name -> (tables,
    its name there, a change or None)) when asked for, and changed then. A changed table
    is kept for the next lookup: all of them over tables held whole, else the last."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self._by_name = self._entries = entries
        self._changed: dict[str, Any] = {}
        self.whole = all(held_whole(tables) for tables, _, _ in entries.values())

    def __getitem__(self, name: str) -> T:
        tables, there, change = self._entries[name]
        kept = self._changed.get(name, MISSING)
        if kept is MISSING and not self.whole:
            self._changed.clear()  # the last one goes before the next is looked up
        if change is None:
            return tables[there]
        if kept is MISSING:
            kept = change(tables[there])
            if not self.whole:
                UNPACKED.seen(kept)
            self._changed[name] = kept
        return kept  # type: ignore[return-value]


def entries_of(tables: Mapping[str, Any]) -> dict[str, Entry]:
    """Each table of ``tables`` under its own name, unchanged: what a view starts from."""
    return {name: (tables, name, None) for name in tables}


def changed(entries: dict[str, Entry], name: str, change: Change) -> None:
    """``change`` applied to the table ``entries`` names ``name``, after what it had."""
    tables, there, first = entries[name]
    entries[name] = (tables, there, change if first is None else _then(first, change))


def _then(first: Change, second: Change) -> Change:
    return lambda table: second(first(table))
