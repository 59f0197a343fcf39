"""What the integrity check reads, split per table so it can run on parallel connections.

``PRAGMA integrity_check`` checks one table after another; since SQLite 3.33,
``PRAGMA integrity_check(T)`` checks table ``T`` and its indexes alone. Such a partial
check skips what needs the whole file (``sqlite3BtreeIntegrityCheck`` in SQLite's
btree.c): the free list (unless ``T`` is ``sqlite_schema``), "every page is used" and
"no page is used twice" (each partial check keeps its own page map), and auto-vacuum's
pointer map. So the split plan is every table, ``sqlite_schema`` (the free list), and a
page census (``PAGE_CENSUS``): each page of the file belongs to exactly one b-tree or to
the free list, or is SQLite's lock-byte page. Where that cannot be counted (an
auto-vacuum file, a WAL file whose free list may live in the ``-wal``, no ``dbstat``
or JSON, SQLite before 3.33) the plan is the whole-database check, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

SPLIT_SINCE = (3, 33, 0)
MAX_ROWS = 5  # problems reported, as ``integrity_check(5)`` did
WHOLE_CHECK = f"PRAGMA main.integrity_check({MAX_ROWS})"
WEIGHED_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0"
INDEXED_TABLES = "SELECT tbl_name FROM sqlite_master WHERE type = 'index'"
PENDING_BYTE = 0x40000000  # the lock-byte page holding this offset belongs to no b-tree
# One pass over every page of every b-tree (overflow pages included): how many pages the
# b-trees name, how many distinct ones, and how many of those the free list also holds.
PAGE_CENSUS = (
    "SELECT count(*), count(DISTINCT pageno), "
    "coalesce(sum(pageno IN (SELECT value FROM json_each(?))), 0) FROM dbstat('main')"
)


@dataclass(frozen=True)
class Features:
    """What decides whether the check can be split on this file and this SQLite."""

    sqlite_version: tuple[int, ...]
    auto_vacuum: int = 0
    journal_mode: str = "delete"
    dbstat: bool = True
    json: bool = True

    @property
    def splittable(self) -> bool:
        return (
            self.sqlite_version >= SPLIT_SINCE
            and self.auto_vacuum == 0
            and self.journal_mode.lower() != "wal"
            and self.dbstat
            and self.json
        )


@dataclass(frozen=True)
class Check:
    """One read of the plan: a statement, and its estimated cost (largest run first)."""

    sql: str
    weight: int = 0
    census: bool = False


@dataclass(frozen=True)
class Census:
    """The page census of a file, read in one read transaction."""

    page_count: int
    page_size: int
    free: int  # the header's free-list count
    in_trees: int  # pages the b-trees name, with repeats
    distinct: int
    free_in_trees: int  # free-list pages a b-tree also names


def plan(tables: Sequence[tuple[str, int]], features: Features, pages: int) -> tuple[Check, ...]:
    """The checks for ``tables`` (name, estimated cost), largest first, or the whole check."""
    if not features.splittable:
        return (Check(WHOLE_CHECK),)
    checks = [Check(table_check(name), weight) for name, weight in tables]
    checks.append(Check(table_check("sqlite_schema"), 0))
    checks.append(Check(PAGE_CENSUS, pages, census=True))
    return tuple(sorted(checks, key=lambda c: -c.weight))


def table_check(table: str) -> str:
    return f"PRAGMA main.integrity_check({quote_identifier(table)})"


def weight_sql(table: str) -> str:
    """The largest rowid: a cheap estimate of the rows (a seek to the last one)."""
    return f"SELECT max(rowid) FROM main.{quote_identifier(table)}"


def census_problems(census: Census) -> list[str]:
    """What the whole check's page map would report, from the census."""
    lock_page = PENDING_BYTE // census.page_size + 1
    owned = census.page_count - (1 if lock_page <= census.page_count else 0)
    problems = []
    if census.in_trees != census.distinct:
        problems.append(f"{census.in_trees - census.distinct} page(s) in two b-trees")
    if census.free_in_trees:
        problems.append(f"{census.free_in_trees} free-list page(s) also in a b-tree")
    accounted = census.distinct + census.free - census.free_in_trees
    if accounted < owned:
        problems.append(f"{owned - accounted} of {census.page_count} pages never used")
    elif accounted > owned:
        problems.append(
            f"{accounted - owned} page(s) more in b-trees and the free list "
            f"than the {census.page_count} of the file"
        )
    return [f"page census: {p}" for p in problems]


def free_list_pages(page: bytes, read_page, page_count: int) -> list[int]:
    """The free list's trunk and leaf pages, from page 1 and ``read_page(n) -> bytes``.

    Stops at a page number out of range or a loop: the ``sqlite_schema`` check reports
    a broken free list; this only names the pages it holds."""
    found: list[int] = []
    seen: set[int] = set()
    trunk = int.from_bytes(page[32:36], "big")
    while 1 < trunk <= page_count and trunk not in seen:
        seen.add(trunk)
        found.append(trunk)
        data = read_page(trunk)
        leaves = int.from_bytes(data[4:8], "big")
        for at in range(8, min(8 + 4 * leaves, len(data)), 4):
            leaf = int.from_bytes(data[at : at + 4], "big")
            if 1 < leaf <= page_count:
                found.append(leaf)
        trunk = int.from_bytes(data[0:4], "big")
    return found


def read_features(conn: sqlite3.Connection) -> Features:
    def works(sql: str) -> bool:
        try:
            conn.execute(sql).fetchall()
        except sqlite3.OperationalError:
            return False
        return True

    return Features(
        sqlite_version=sqlite3.sqlite_version_info,
        auto_vacuum=conn.execute("PRAGMA main.auto_vacuum").fetchone()[0],
        journal_mode=conn.execute("PRAGMA main.journal_mode").fetchone()[0],
        dbstat=works("SELECT 1 FROM dbstat('main') LIMIT 0"),
        json=works("SELECT value FROM json_each('[1]')"),
    )


def table_weights(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Each table with a b-tree, and its estimated cost: rows times (1 + its indexes). The
    indexes are counted in one pass (a subquery per table read the schema once per table)."""
    indexes = Counter(r[0] for r in conn.execute(INDEXED_TABLES))
    weights = []
    for (name,) in conn.execute(WEIGHED_TABLES).fetchall():
        try:
            last = conn.execute(weight_sql(name)).fetchone()[0] or 0
        except sqlite3.OperationalError:  # WITHOUT ROWID: no cheap estimate
            last = 0
        if not isinstance(last, int):  # a column named rowid: its value, not the row id
            last = 0
        weights.append((name, last * (1 + indexes[name])))
    return weights
