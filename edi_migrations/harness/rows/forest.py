"""Parents for a table that points at itself: a forest, as an app's replies and folders are.

Each row's parent is a row written before it (so no cycle can form), drawn mostly among
the most recent rows (so chains grow deep) and now and then among older ones (so trees
branch); roots are NULL. The first rows of a fill each point at the row before: every
seed holds a chain ``CHAIN - 1`` parents deep. Rows are written in small batches at
first (1, 1, ..., 2, 4, ...) so that a row's parent can be the row just before it.

A NOT NULL self-reference has exactly one root, its own parent: with the keys kept, the
first row has nothing else to point at (an app enforcing its keys must do the same, and
its views stop where ``parent = key``). A project whose app writes cycles names the
table (``cycles``): :func:`close_cycle` then points its first root at a deep row.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from edi_migrations.harness.rows.row_plans import Link
from edi_migrations.harness.rows.schema_read import TableInfo
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

CHAIN = 6  # rows of a fill that each point at the row before (depth CHAIN - 1)
RECENT = 24  # most recent keys a parent is mostly drawn among
RECENT_RATE = 0.7  # else among a spread sample of the whole table: trees branch
ROOT_RATE = 0.1  # rows past the chain that start a tree of their own (nullable only)
WALK_LIMIT = 10_000  # parents followed up to a root when a cycle is closed

Key = tuple[object, ...]


def batch_sizes(count: int, batch: int, forest: bool) -> Iterator[int]:
    """Rows per write: ``CHAIN`` single rows then doubling up to ``batch`` for a forest
    (a row can point only at rows already written), else ``batch`` at a time."""
    left, size = count, 1 if forest else batch
    singles = CHAIN if forest else 0
    while left > 0:
        step = min(size, left)
        yield step
        left -= step
        if singles > 1:
            singles -= 1
        else:
            size = min(batch, size * 2)


def _names(columns: Sequence[str]) -> str:
    return ", ".join(quote_identifier(c) for c in columns)


def recent_sql(info: TableInfo, columns: Sequence[str], upto: bool, limit: int) -> str:
    """The last ``limit`` non-NULL keys of ``columns`` in write order (rowid; a WITHOUT
    ROWID table's key order), up to the parameters' row when ``upto``."""
    order = _names(info.key) if info.without_rowid else "rowid"
    where = " AND ".join(f"{quote_identifier(c)} IS NOT NULL" for c in columns)
    if upto:
        marks = ", ".join("?" for _ in info.key)
        where += f" AND ({order}) <= ({marks})" if info.without_rowid else " AND rowid <= ?"
    return (
        f"SELECT {_names(columns)} FROM {quote_identifier(info.name)} WHERE {where} "
        f"ORDER BY {order} DESC LIMIT {int(limit)}"
    )


class Forest:
    """The parents of one table's self-references during one fill."""

    def __init__(self, conn: sqlite3.Connection, info: TableInfo, rng: random.Random) -> None:
        self.conn, self.info, self.rng = conn, info, rng
        self.written = 0  # batches written so far in this fill
        self._recent: dict[int, list[Key]] = {}
        self._upto: tuple | None = None
        self._updating = False  # filling the link in rows already there, in key order

    @property
    def chaining(self) -> bool:
        """Still writing the chain: every row points at the one before (no orphan, no root)."""
        return self.written < CHAIN

    def updating(self, on: bool) -> None:
        """Rows already there get their parents (in key order) until called with False:
        a parent is then drawn only among the rows filled before."""
        self._updating, self._upto = on, None
        self._recent.clear()

    @property
    def spread_allowed(self) -> bool:
        """A parent may come from anywhere in the table: every row there was written before
        (not so while updating: a later row still waits for its parent)."""
        return not self._updating

    def wrote(self, upto: tuple | None = None) -> None:
        """A batch was written; ``upto``: while updating, the key of the last row filled."""
        self.written += 1
        self._upto = upto
        self._recent.clear()

    def parent(self, k: int, link: Link, own: Key | None, spread: Sequence[Key]) -> Key | None:
        """Row ``k``'s parent key for ``link``: a NULL key for a root, ``own`` (the row's
        own key) for the one root of a NOT NULL reference, None if there is no answer."""
        recent = self._keys(k, link)
        null = tuple(None for _ in link.columns)
        if not recent:
            return null if link.nullable else own
        if self.chaining:
            return recent[0]
        random_ = self.rng.random
        if link.nullable and random_() < ROOT_RATE:
            return null
        pool = recent if random_() < RECENT_RATE or not spread else spread
        return pool[int(random_() * len(pool))]

    def _keys(self, k: int, link: Link) -> list[Key]:
        if self._updating and self._upto is None:
            return []  # the first rows updated: none was filled before them
        if k not in self._recent:
            upto = self._upto is not None
            query = recent_sql(self.info, link.parent_columns, upto, RECENT)
            params = () if not upto else tuple(self._upto)  # type: ignore[arg-type]
            self._recent[k] = self.conn.execute(query, params).fetchall()
        return self._recent[k]


def close_cycle(conn: sqlite3.Connection, info: TableInfo, link: Link) -> bool:
    """Point the root above the most recent row with a parent at that row: one cycle
    through the whole chain, as an app that writes cycles has. False if no row has one."""
    table = quote_identifier(info.name)
    has_parent = " AND ".join(f"{quote_identifier(c)} IS NOT NULL" for c in link.columns)
    parent_of = f"SELECT {_names(link.columns)} FROM {table} WHERE " + " AND ".join(
        f"{quote_identifier(c)} = ?" for c in link.parent_columns
    )
    order = _names(info.key) if info.without_rowid else "rowid"
    row = conn.execute(
        f"SELECT {_names(link.parent_columns)} FROM {table} "
        f"WHERE {has_parent} ORDER BY {order} DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return False
    start = root = tuple(row)
    seen = {start}
    for _ in range(WALK_LIMIT):
        up = tuple(conn.execute(parent_of, root).fetchone())
        if None in up or up in seen or conn.execute(parent_of, up).fetchone() is None:
            break  # a root: NULL, its own parent, or dangling
        seen.add(up)
        root = up
    sets = ", ".join(f"{quote_identifier(c)} = ?" for c in link.columns)
    where = " AND ".join(f"{quote_identifier(c)} = ?" for c in link.parent_columns)
    conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", (*start, *root))
    return True
