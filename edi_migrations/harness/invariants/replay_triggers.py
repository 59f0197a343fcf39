"""A replayed statement fired with the triggers of the database just before its migration.

The replay copies the path's start; a declared deletion of migration M ran, on the path,
with the triggers the migrations before M left: one they made (grocy's ``AFTER DELETE``
on the meal plan arrives with 0073, its entries leave with 0089) fired, one they dropped
did not. So for the block the copy holds exactly those triggers (by name and SQL), then
its own again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from edi_migrations.harness.budget import guarded
from edi_migrations.identifiers import quote_identifier as q
from edi_migrations.sqlite.dbapi import sqlite3

Triggers = tuple[tuple[str, str], ...]  # (name, CREATE TRIGGER sql) as sqlite_master holds


def triggers_of(conn: sqlite3.Connection) -> Triggers:
    """The triggers ``conn`` holds, as :func:`triggers_as` takes them."""
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return tuple(sorted((name, sql) for name, sql in found.fetchall() if sql))


@contextmanager
def triggers_as(conn: sqlite3.Connection, wanted: Triggers) -> Iterator[None]:
    """The copy's triggers not in ``wanted`` dropped and those of ``wanted`` it lacks made
    for the block, then the copy's own again. A wanted trigger on a table the copy lacks
    (made in the middle of the path, with no row of the start) cannot fire: left out."""
    own = triggers_of(conn)
    gone = [t for t in own if t not in wanted]
    made = []
    with guarded("the triggers of the database just before a declared change, replayed"):
        for name, _ in gone:
            conn.execute(f"DROP TRIGGER {q(name)}")
        for name, sql in wanted:
            if (name, sql) in own:
                continue
            try:
                conn.execute(sql)
            except sqlite3.OperationalError:
                continue  # its table, or a name it takes, is the middle's own
            made.append(name)
    try:
        yield
    finally:
        for name in made:
            conn.execute(f"DROP TRIGGER IF EXISTS {q(name)}")
        for _, sql in gone:
            conn.execute(sql)


def only_triggers(
    conn: sqlite3.Connection, kept: frozenset[str]
) -> AbstractContextManager[None]:
    """The copy's triggers whose name (casefolded) is not in ``kept`` dropped for the block,
    then made again: the start's triggers that an earlier migration of the path removed did
    not fire when a later one recomputed or backfilled (memos: ``updated_ts`` stamped by a
    trigger 0.12 dropped, long before 0.26 recomputes ``user.role``)."""
    return triggers_as(conn, tuple(t for t in triggers_of(conn) if t[0].casefold() in kept))
