"""A database's state whose rows are read a table at a time, when asked for.

The re-run check compares the tables whose pages moved, before the re-run and during
it; at a long chain's head those are most of the database, and read whole, both sides'
rows were held at once (the largest step of a worker's memory on a long chain). Here
each side is a :class:`~edi_migrations.harness.dbstate.DatabaseState` whose ``tables``
reads one table's rows from its open connection when looked up and keeps nothing, so a
comparison that visits the tables one by one (``runs.unchanged_state``) holds one table
of each side. What a state is otherwise (its schema, which tables it has, the virtual
tables it cannot read) is settled up front, exactly as ``state_of`` settles it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from edi_migrations.harness.dbstate import DatabaseState, TableRows, _read, read_model
from edi_migrations.harness.virtual_tables import layout
from edi_migrations.sqlite.dbapi import sqlite3


class TablesOnDemand(Mapping[str, TableRows]):
    """Table name -> its rows, read from ``conn`` at each lookup (the connection must
    stay open while the state is compared)."""

    def __init__(self, conn: sqlite3.Connection, names: tuple[str, ...]) -> None:
        self._conn, self._names = conn, names

    def __getitem__(self, name: str) -> TableRows:
        if name not in self._names:
            raise KeyError(name)
        return _read(self._conn, name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def state_on_demand(conn: sqlite3.Connection, only: frozenset[str] | None) -> DatabaseState:
    """``state_of(conn, only=only)`` with its rows read when looked up: the same schema,
    tables and unreadable virtual tables (each virtual table is read once here to know)."""
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    schema = read_model(conn).render()
    virtual, shadows = layout(conn)
    kept, unreadable = [], {}
    for table in names:
        if table in shadows or (only is not None and table not in only):
            continue
        if table in virtual:
            try:
                _read(conn, table)
            except sqlite3.Error as exc:
                unreadable[table] = str(exc)  # e.g. an FTS table over a table gone
                continue
        kept.append(table)
    return DatabaseState(schema, TablesOnDemand(conn, tuple(kept)), unreadable)  # type: ignore[arg-type]
