"""Reading a database's schema for :mod:`.schema_sql`: its ``sqlite_master`` rows.

Kept apart from the building so that the SQL is tested as text, and the reading once.
"""

from __future__ import annotations

from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema.sql_file import SchemaObject, schema_sql
from edi_migrations.sqlite.dbapi import sqlite3


def schema_objects(conn: sqlite3.Connection, schema: str = "main") -> tuple[SchemaObject, ...]:
    """Every object of ``schema`` as ``sqlite_master`` holds it."""
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {quote_identifier(schema)}.sqlite_master"
    ).fetchall()
    return tuple(SchemaObject(*row) for row in rows)


def schema_sql_of(conn: sqlite3.Connection, title: str) -> str:
    """The canonical SQL file of a connection's main database, headed by ``title``."""
    return schema_sql(schema_objects(conn), title)
