"""A user state kept pickled a table at a time, and unpickled a table at a time.

A round trip holds the state at the migration's version while it goes down and up
again, then compares it with the state up again. Read whole, each was every row of every
table as Python tuples (several times the file's bytes: at a long chain's head, tens of
MB), held beside the states below it, and what a worker frees the allocator keeps. Here
a state is read a table at a time (harness.tables_on_demand), each table pickled as it
is read: what is held is about the file's size, and a comparison that visits tables one
by one (``state_changes.tables_changes``) unpickles one table of each side at a time.
The comparison's words are the same: the same rows, looked up by the same names.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from edi_migrations.harness.dbstate import open_copy, read_model
from edi_migrations.harness.invariants.runs import Columns, UserState, user_schema, user_tables
from edi_migrations.harness.tables_on_demand import state_on_demand

T = TypeVar("T")
PROTOCOL = 5


class PackedTables(Mapping[str, T]):
    """Table name -> its entry, unpickled at each lookup (nothing unpickled is kept).
    Compare two by their tables one at a time: a Mapping's ``==`` unpickles them all."""

    def __init__(self, packed: dict[str, bytes]) -> None:
        self._packed = packed

    def __getitem__(self, name: str) -> T:
        return pickle.loads(self._packed[name])  # noqa: S301 - pickled by this module

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def packed(entries: Iterable[tuple[str, T]]) -> PackedTables[T]:
    """``entries`` pickled one at a time, as they come (none held beside its pickle)."""
    return PackedTables({name: pickle.dumps(entry, PROTOCOL) for name, entry in entries})


def packed_pairs(entries: Iterable[tuple[str, T, T]]) -> tuple[PackedTables[T], PackedTables[T]]:
    """Two sides' entries, a table of each at a time, pickled as they come."""
    old, new = {}, {}
    for name, before, after in entries:
        old[name], new[name] = pickle.dumps(before, PROTOCOL), pickle.dumps(after, PROTOCOL)
    return PackedTables(old), PackedTables(new)


def packed_user_state(path: Path, run_times: Columns) -> UserState:
    """``runs.user_state(path, run_times)``, its tables read and pickled one at a time."""
    conn = open_copy(path)
    try:
        model = read_model(conn)
        tables = user_tables(state_on_demand(conn, None), model, run_times)
        return user_schema(model), packed(tables)  # type: ignore[return-value]
    finally:
        conn.close()
