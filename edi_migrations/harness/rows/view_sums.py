"""Columns the app's own views sum: their integer edge values stay where a sum holds them.

The edge sweep puts the 64-bit integer bounds in every INTEGER column, so that a
migration that casts, copies or rebuilds a column is seen to keep them exactly. A view
that sums such a column (``sum(output_tokens)``) or takes its ``abs()`` then fails with
SQLite's ``integer overflow`` on the start database: one row at the upper bound beside
any positive one, or the lower bound alone under ``abs()``. No app whose views fail on
its own data writes such values there, so a start database built so would blame a
migration for data the app never has. For a column that any view of the chain sums
(at any version: a view added later reads the values the generator wrote earlier) the
bounds become ±(2^53 + 1): still the first integers a REAL cannot hold (a cast to REAL
is still caught), while 1 023 of them still sum within 64 bits. Columns are matched by
name, which may be too many (an unrelated column of the same name loses its bounds)
but never too few for a view that names its columns. The chain's migrations count as its
views do: one that sums a column as it runs (Navidrome stores each artist's
``sum(f.size)``) is read the same way, from the statements it runs on an empty database,
so the start holds no bound its own sum cannot add (rows the app writes keep theirs).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from edi_migrations.harness.budget import guarded
from edi_migrations.harness.connect import for_migrations, run_upgrade
from edi_migrations.harness.rows.edge_values import INT_EDGES
from edi_migrations.harness.rows.sql_tokens import tokenize
from edi_migrations.runner import step_limit
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3

OVERFLOWING = frozenset({"sum", "abs"})  # total() and avg() answer a REAL instead
SUMMABLE = 2**53 + 1
_BOUNDS = {value: (SUMMABLE if value > 0 else -SUMMABLE) for value in INT_EDGES.values()}
VIEWS = "SELECT sql FROM sqlite_master WHERE type = 'view' AND sql NOT NULL"


def summed_names(view_sql: Iterable[str]) -> frozenset[str]:
    """Every name inside the parentheses of a ``sum(...)`` or ``abs(...)`` of the views."""
    found: set[str] = set()
    for sql in view_sql:
        tokens = tokenize(sql)
        for i, (kind, text) in enumerate(tokens[:-1]):
            if kind == "word" and text in OVERFLOWING and tokens[i + 1] == ("op", "("):
                found |= _names_inside(tokens, i + 1)
    return frozenset(found)


def _names_inside(tokens: list[tuple[str, str]], opening: int) -> set[str]:
    names, depth = set(), 0
    for kind, text in tokens[opening:]:
        if kind == "op":
            depth += {"(": 1, ")": -1}.get(text, 0)
            if depth == 0:
                break
        elif kind in ("word", "name"):
            names.add(text.lower())
    return names


def views_of(conn: sqlite3.Connection) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute(VIEWS))


def chain_summed_names(migrations: Collection[Migration]) -> frozenset[str]:
    """:func:`summed_names` of every view the chain creates at any version and of every
    statement its migrations run."""
    return summed_names(_chain_views(tuple(migrations)))


@lru_cache(maxsize=8)
def _chain_views(migrations: tuple[Migration, ...]) -> tuple[str, ...]:
    """The SQL of each view any version of the chain has, and of each statement its
    migrations run, from one in-memory run of it (rolled back). A migration that fails on
    an empty database ends the run: what was seen up to it is what can be known."""
    found: dict[str, None] = {}
    conn = for_migrations(":memory:")
    try:
        conn.set_trace_callback(lambda sql: found.setdefault(sql))
        conn.execute("BEGIN")
        for migration in migrations:
            try:
                with (
                    guarded(f"{migration.name} run on an empty database"),
                    step_limit.timed(":memory:", migration.name, migration.version - 1),
                ):
                    run_upgrade(conn, migration.upgrade)
            except Exception:  # noqa: BLE001 - the views seen so far are still known
                break
            found.update(dict.fromkeys(views_of(conn)))
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
    return tuple(found)


def summable(edges: tuple[object, ...]) -> tuple[object, ...]:
    """``edges`` with the 64-bit bounds replaced by ±(2^53 + 1), each value once."""
    swapped = (_BOUNDS.get(v, v) if type(v) is int else v for v in edges)
    kept = dict.fromkeys((type(v), v) for v in swapped)  # 0 and -0.0 are two edges
    return tuple(v for _, v in kept)
