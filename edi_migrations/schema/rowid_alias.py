"""Which column of a table is its rowid under another name, if any: decided here alone.

SQLite's rule ("ROWIDs and the INTEGER PRIMARY KEY", sqlite.org/lang_createtable.html):
in a rowid table, a PRIMARY KEY of one column declared exactly ``INTEGER`` is the rowid,
except ``id INTEGER PRIMARY KEY DESC`` written on the column (``PRIMARY KEY (id DESC)`` at
the table's end is one). Rather than repeat the rule and its quirk, this reads what
SQLite did: every PRIMARY KEY that is not the rowid gets an index of its own
(``PRAGMA index_list``, origin ``pk``), a WITHOUT ROWID table's too.
"""

from __future__ import annotations

from collections.abc import Sequence

from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3


def alias_of(primary_key: Sequence[str], key_indexed: bool) -> str | None:
    """The one column of ``primary_key`` (in key order) if SQLite made no index for the
    key (``key_indexed``: ``index_list`` shows one of origin ``pk``), else None."""
    return primary_key[0] if len(primary_key) == 1 and not key_indexed else None


def rowid_alias(conn: sqlite3.Connection, table: str, schema: str = "main") -> str | None:
    """The column of ``table`` that is its rowid, as SQLite stored it, or None."""
    quoted = quote_identifier(table)
    info = conn.execute(f"PRAGMA {schema}.table_info({quoted})").fetchall()
    key = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
    if len(key) != 1:
        return None
    indexes = conn.execute(f"PRAGMA {schema}.index_list({quoted})").fetchall()
    return alias_of(key, any(row[3] == "pk" for row in indexes))
