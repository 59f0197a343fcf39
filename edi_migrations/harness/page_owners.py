"""Which tables own the pages a re-run changed, so that only those are read again.

The re-run check compares a database's pages before and during a re-run
(:mod:`edi_migrations.harness.rerun_reads`); where they differ it read every row of both.
A re-run that rewrites one table's equal rows (a backfill run again) moves cells of that
table's pages only. SQLite's ``dbstat`` names the b-tree of every page of the start, an
index's pages count as its table's, and a changed page names what may have changed:

- a table whose content changed has at least one changed page it owned before: its root
  never moves, and a page it gains is linked from one of its own (a parent, or a cell's
  overflow chain), so changed pages no b-tree owned before (free, pointer-map, new pages
  at the end) name nothing more;
- a blob written in place changes a page of its table (an overflow page is its table's);
- a page of a virtual table's shadow table names every virtual table;
- the header (page 1's first 100 bytes: change counter, cookies, ``user_version``) names
  nothing: the check compares the header values a migration writes itself;
- the schema's own pages, or a change of page size, name everything (None): the rows
  of a renamed or rebuilt table must be compared whole, as before.

Where ``dbstat`` is missing (an SQLite built without it), everything is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from edi_migrations.harness.virtual_tables import layout
from edi_migrations.sqlite.dbapi import sqlite3

HEADER = 100  # bytes of page 1 before the schema's b-tree
SCHEMA = frozenset({"sqlite_schema", "sqlite_master"})
KEPT_MAPS = 2  # starts whose page maps one worker keeps (the re-runs of one start follow)


@dataclass(frozen=True)
class PageMap:
    """The owner of every page of a database's b-trees (tables, by name)."""

    page_size: int
    owners: dict[int, str]
    virtual: frozenset[str]
    shadows: frozenset[str]


@lru_cache(maxsize=KEPT_MAPS)
def page_map(pages: bytes) -> PageMap | None:
    """The page map of a serialized database; None where ``dbstat`` is missing."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(pages)
        return map_of(conn)
    finally:
        conn.close()


def map_of(conn: sqlite3.Connection) -> PageMap | None:
    """The page map of ``conn``'s main database; None where ``dbstat`` is missing."""
    try:
        rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
    except sqlite3.OperationalError:
        return None
    tables = dict(
        conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")
    )
    virtual, shadows = layout(conn)
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    owners = {number: tables.get(name, name) for name, number in rows}
    return PageMap(size, owners, frozenset(virtual), shadows)


def changed_tables(before: bytes, after: bytes, pages: PageMap | None) -> frozenset[str] | None:
    """The tables whose rows may differ between two images of one database; None when
    every table must be read (no map, the schema's pages or the page size changed)."""
    size = pages.page_size if pages is not None else 0
    if pages is None or len(before) % size or before[16:18] != after[16:18]:
        return None
    old, new = memoryview(before), memoryview(after)
    differing = (
        start // size + 1
        for start in range(0, min(len(before), len(after)), size)
        if old[max(start, HEADER) : start + size] != new[max(start, HEADER) : start + size]
    )
    return tables_of(differing, pages)


def tables_of(numbers: Iterable[int], pages: PageMap) -> frozenset[str] | None:
    """The tables owning the changed pages ``numbers``; None when one is the schema's
    (page 1 is, past its header)."""
    touched: set[str] = set()
    for number in numbers:
        owner = "sqlite_schema" if number == 1 else pages.owners.get(number)
        if owner is None:
            continue
        if owner in SCHEMA:
            return None
        touched.update(pages.virtual if owner in pages.shadows else (owner,))
    return frozenset(touched)
