"""What an app's ``connect`` may set on a connection that the runner's own reads cannot
take: ``row_factory`` returning dicts (the runner reads its queries by position),
``text_factory = bytes`` (it compares names as text), and ``detect_types`` (the app's
converters would run on every value a check reads, generated dirty ones too).

Tutorials put these in the app's one ``connect``; the runner and the harness use that
same factory for its collations and functions, then read tuples and text here.
``sqlite3.Row`` reads by position too and is kept: a migration written for it still
reads ``row["id"]``.
"""

from __future__ import annotations

from edi_migrations.sqlite.dbapi import sqlite3


def without_type_detection(kwargs: dict[str, object]) -> dict[str, object]:
    """The keywords with ``detect_types=0`` unless the caller chose one: a factory that
    only defaults it (``kw.setdefault``) then opens without converters."""
    return {"detect_types": 0, **kwargs}


def reading_plainly(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` with rows read as tuples (or ``sqlite3.Row``) and text as ``str``."""
    factory = conn.row_factory
    if not (isinstance(factory, type) and issubclass(factory, sqlite3.Row)):
        conn.row_factory = None
    conn.text_factory = str
    return conn
