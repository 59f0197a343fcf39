"""What the re-run check reads, and only when it must.

Re-running an applied migration usually changes nothing, and on a long chain the check
runs twice per migration: reading every row before and during the re-run was most of
its cost (a start at v235 is ~15 MB). The main database's pages as the connection sees
them, its own uncommitted writes included (``Connection.serialize``), are compared
instead: equal pages are an equal database, whatever wrote (a trigger, a REPLACE, a
blob write, ANALYZE, a PRAGMA) and whether or not SQLite counted it as a change. Only
where pages differ are the rows read, during the re-run and from the start's own pages
(deserialized in memory: exactly the start the re-run found, whoever provides starts),
and compared as before (a rewrite may leave equal rows on other pages), of the tables
whose pages changed only (:mod:`edi_migrations.harness.page_owners`). The start's pages
wait on disk, not in memory (:mod:`edi_migrations.harness.start_image`). Where the SQLite
module cannot serialize, the start's rows are read first, as they always were.

The header values a migration may write and the rows do not show (``user_version``,
``application_id``) are compared too: an app may keep its own version there.
"""

from __future__ import annotations

from dataclasses import dataclass

from edi_migrations.harness.dbstate import DatabaseState, state_of
from edi_migrations.harness.invariants import runs
from edi_migrations.harness.start_image import StartImage, changed_tables, keep, opened, same_pages
from edi_migrations.harness.tables_on_demand import state_on_demand
from edi_migrations.sqlite.dbapi import sqlite3

HEADER_PRAGMAS = ("user_version", "application_id")


@dataclass(frozen=True)
class BeforeRerun:
    """The start as the re-run found it: its pages (in a file), or (no serialize) its state."""

    image: StartImage | None
    header: tuple[int, ...]
    state: DatabaseState | None


def before_rerun(conn: sqlite3.Connection) -> BeforeRerun:
    pages = _pages(conn)
    if pages is None:
        return BeforeRerun(None, _header(conn), state_of(conn))
    image = keep(pages)
    del pages  # held on disk from here: the re-run's own pages come next
    return BeforeRerun(image, _header(conn), None)


def rerun_changes(conn: sqlite3.Connection, before: BeforeRerun, what: str) -> list[str]:
    """What the re-run changed (empty: nothing), read inside its transaction, before the
    rollback: ``what`` happened, then the tables, objects and header values that moved."""
    header = [
        f"PRAGMA {name} {old} -> {new}"
        for name, old, new in zip(HEADER_PRAGMAS, before.header, _header(conn), strict=True)
        if old != new
    ]
    try:
        during = _pages(conn)
        if before.image is not None and during is not None and same_pages(before.image, during):
            return []
        only = None  # every table, unless the pages tell which tables moved
        if before.image is not None and during is not None:
            only = changed_tables(before.image, during)
        del during  # the rows are read from the databases, a table at a time
        changed = _compared(conn, before, only, what)
    finally:
        if before.image is not None:
            before.image.remove()
    if changed:
        return [*changed, *header]
    return [f"{what}: {'; '.join(header)}"] if header else []


def _compared(
    conn: sqlite3.Connection, before: BeforeRerun, only: frozenset[str] | None, what: str
) -> list[str]:
    """``runs.unchanged_state`` of the start and the re-run's database (the rows of
    ``only``), each side's rows read a table at a time (harness.tables_on_demand): the
    start from its own pages, read from their file, or as read first (no serialize)."""
    during = state_on_demand(conn, only)
    if before.state is not None:
        return runs.unchanged_state(before.state, during, what)
    assert before.image is not None, "only pages compared unequal are read back"
    with opened(before.image) as start:
        return runs.unchanged_state(state_on_demand(start, only), during, what)


def _pages(conn: sqlite3.Connection) -> bytes | None:
    serialize = getattr(conn, "serialize", None)
    if serialize is None:
        return None
    try:
        return serialize()
    except (sqlite3.Error, MemoryError):  # an SQLite built without it, a file too large
        return None


def _header(conn: sqlite3.Connection) -> tuple[int, ...]:
    return tuple(conn.execute(f"PRAGMA {name}").fetchone()[0] for name in HEADER_PRAGMAS)
