"""A view's rows compared on the columns it had before a migration gave it more.

A new column in a table speaks for itself; so does a new column in a view (grocy
recreates its views time and again, each with a column more). A view that only gains
columns is held to keeping its rows on the columns it had, matched by name (SQLite's
names are case-insensitive), each row counted as often as before: a replaced definition
that loses, repeats or changes a row still fails. A view that lost or repeats a column
name is compared whole, as before.
"""

from __future__ import annotations

from collections import Counter

from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema.model import Schema
from edi_migrations.sqlite.dbapi import sqlite3


def view_columns(conn: sqlite3.Connection, model: Schema) -> dict[str, tuple[str, ...]]:
    """Each view's column names, in order (a view that cannot be read has none)."""
    out = {}
    for name in model.views:
        try:
            rows = conn.execute(f"PRAGMA table_info({quote_identifier(name)})").fetchall()
        except sqlite3.Error:
            continue
        out[name] = tuple(r[1] for r in rows)
    return out


def on_old_columns(
    rows: Counter, before: tuple[str, ...] | None, after: tuple[str, ...] | None
) -> Counter:
    """``rows`` (read with the columns ``after``) cut down to the columns ``before``, when
    the view only gained columns; else ``rows`` as they are."""
    if not before or not after or len(after) <= len(before):
        return rows
    names = [c.casefold() for c in after]
    old = [c.casefold() for c in before]
    if len(set(names)) != len(names) or len(set(old)) != len(old) or not set(old) <= set(names):
        return rows
    keep = [names.index(c) for c in old]
    cut: Counter = Counter()
    for row, count in rows.items():
        cut[tuple(row[i] for i in keep)] += count
    return cut
