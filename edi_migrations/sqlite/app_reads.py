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

from collections.abc import Callable

from edi_migrations.sqlite.dbapi import sqlite3


def opened_without_type_detection(
    factory: Callable[..., sqlite3.Connection], database: object, kwargs: dict[str, object]
) -> sqlite3.Connection:
    """``factory(database, **kwargs)`` asking for ``detect_types=0`` unless the caller chose
    one: a factory that only defaults it (``kw.setdefault``) then opens without
    converters. One that names it beside ``**kw`` (``sqlite3.connect(database,
    detect_types=..., **kw)``) cannot take it twice, Python refusing the call before it
    opened anything: it is called again as it was written to be."""
    if "detect_types" in kwargs:
        return factory(database, **kwargs)
    try:
        return factory(database, detect_types=0, **kwargs)
    except TypeError as exc:
        if "multiple values for keyword argument 'detect_types'" not in str(exc):
            raise
    return factory(database, **kwargs)


def reading_plainly(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` with rows read as tuples (or ``sqlite3.Row``) and text as ``str``."""
    factory = conn.row_factory
    if not (isinstance(factory, type) and issubclass(factory, sqlite3.Row)):
        conn.row_factory = None
    conn.text_factory = str
    return conn
