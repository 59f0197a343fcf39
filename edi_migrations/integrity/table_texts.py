"""What a step's integrity reads of a table, kept under that table's text in ``sqlite_master``.

Before and after every step the guard reads each table's columns (``fk_renames.layout``)
and declared foreign keys (``footprint.references``), and the foreign-key scan what
decides how it reads a child table: a PRAGMA or more a table, so a step cost what the
schema held, not what the step changed. Each of these follows from a table's own rows
there (its CREATE statement; its indexes' for a row key; its parents' for the scan), so
it is kept under that text and read again only when the text changed (a column added, a
rename, which rewrites the children's text too, a table created otherwise, an index).
One query reads the texts. Anything in the temporary schema can shadow a name for an
unqualified PRAGMA: the foreign keys and the scan are then read as before.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from functools import cached_property

from edi_migrations.identifiers import quote_identifier
from edi_migrations.integrity import footprint
from edi_migrations.integrity.fk_renames import Layout
from edi_migrations.integrity.footprint import References
from edi_migrations.schema.text_cache import TextCache
from edi_migrations.sqlite.dbapi import sqlite3

# main's rows as the per-table reads filter them (LIKE as SQLite says it), then temp's
_ROWS = (
    "SELECT type, name, tbl_name, rootpage, sql, name LIKE 'sqlite_%' FROM main.sqlite_master "
    "UNION ALL SELECT 'temp', name, tbl_name, 0, sql, 1 FROM temp.sqlite_master"
)
_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # SQLite's NOCASE


def nocase(name: str) -> str:
    """``name`` as SQLite compares names (ASCII letters only: ``Ä`` and ``ä`` differ)."""
    return name.translate(_NOCASE)


SHARED = TextCache()  # what every untraced run in this process shares


def cache_for(remember: bool) -> TextCache:
    """The process's cache, or one for this run alone (a traced run keeps nothing)."""
    return SHARED if remember else TextCache()


@dataclass(frozen=True)
class Tables:
    """main's ``sqlite_master`` as one query read it, and whether temp holds anything."""

    rows: tuple[tuple, ...]  # (type, name, tbl_name, rootpage, sql, name LIKE 'sqlite_%')
    in_temp: bool

    @cached_property
    def texts(self) -> dict[str, tuple]:
        """Each table's and view's text by its name (NOCASE): type, name, SQL and its
        indexes' names and SQL (an automatic index's is NULL; its table's SQL says it)."""
        indexes: dict[str, list[tuple]] = {}
        for kind, name, table, _page, sql, _internal in self.rows:
            if kind == "index":
                indexes.setdefault(nocase(table), []).append((name, sql))
        return {
            nocase(name): (kind, name, sql, tuple(sorted(indexes.get(nocase(name), []))))
            for kind, name, _table, _page, sql, _internal in self.rows
            if kind in ("table", "view")
        }

    @cached_property
    def digest(self) -> bytes:
        """The whole text of main (root pages aside: no fact follows from them)."""
        text = repr([(r[0], r[1], r[2], r[4]) for r in self.rows])
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def text(self, name: str) -> tuple | None:
        return self.texts.get(nocase(name))


def read_tables(conn: sqlite3.Connection) -> Tables:
    rows = conn.execute(_ROWS).fetchall()
    main = tuple(r for r in rows if r[0] != "temp")
    return Tables(main, len(main) < len(rows))


def _columns(conn: sqlite3.Connection, name: str) -> tuple[str, ...]:
    rows = conn.execute(f"PRAGMA main.table_info({quote_identifier(name)})").fetchall()
    return tuple(r[1] for r in rows)


def fk_rows(conn: sqlite3.Connection, name: str) -> tuple[tuple, ...]:
    """``PRAGMA foreign_key_list`` of main's ``name`` (id, seq, parent, from, to, ...)."""
    return tuple(conn.execute(f"PRAGMA main.foreign_key_list({quote_identifier(name)})").fetchall())


def layout(conn: sqlite3.Connection, tables: Tables, cache: TextCache) -> Layout:
    """``fk_renames.layout``: each table of main by its root page, its columns by text."""
    out = {}
    for kind, name, _table, page, sql, _internal in tables.rows:
        if kind == "table" and page is not None and page > 0:
            out[page] = (name, cache.get(("columns", name, sql), lambda n=name: _columns(conn, n)))
    return out


def references(conn: sqlite3.Connection, tables: Tables, cache: TextCache) -> References:
    """``footprint.references``: each table's declared foreign keys, by text."""
    if tables.in_temp:
        return footprint.references(conn)
    found = {}
    for kind, name, _table, _page, sql, internal in tables.rows:
        if kind == "table" and not internal:
            if rows := cache.get(("fks", name, sql), lambda n=name: fk_rows(conn, n)):
                found[name.casefold()] = rows
    return found


def cached_schema(
    conn: sqlite3.Connection, tables: Tables, cache: TextCache
) -> tuple[References, Layout]:
    """What a step's watch and judgement compare: the foreign keys, the tables by page."""
    return references(conn, tables, cache), layout(conn, tables, cache)
