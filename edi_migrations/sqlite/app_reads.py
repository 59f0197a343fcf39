"""What an app's ``connect`` may set on a connection that the runner's own reads cannot
take: ``row_factory`` returning dicts (the runner reads its queries by position),
``text_factory = bytes`` (it compares names as text), and ``detect_types`` (the app's
converters would run on every value a check reads, generated dirty ones too).

Tutorials put these in the app's one ``connect``; the runner and the harness use that
same factory for its collations and functions, then read tuples and text here.
``sqlite3.Row`` too: it reads by position but equals no tuple (a ``quick_check``'s
``[("ok",)]``, the previous app's reads compared). The migration itself is the app's
code, written against the app's rows (``row["title"]``, ``title.decode()``): it runs
with the factories the app's connect set (:func:`as_the_app_reads`), the runner's reads
around it plain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

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


PROBE_TYPE = "MIGRATIONS_PROBE_TYPE"  # a declared type no app names: a converter of ours


def converts_declared_types(conn: sqlite3.Connection) -> bool:
    """Whether ``conn`` runs converters on values by their column's declared type
    (``detect_types`` with ``PARSE_DECLTYPES``), which no connection can turn off once
    open: a temporary column of a type only this function has a converter for, read back.
    A connection that cannot make one (``query_only``) is taken not to."""
    converted = object()
    sqlite3.register_converter(PROBE_TYPE, lambda _: converted)
    try:
        conn.execute(f"CREATE TEMP TABLE migrations_probe_types (v {PROBE_TYPE})")
        try:
            conn.execute("INSERT INTO migrations_probe_types VALUES (1)")
            (value,) = conn.execute("SELECT v FROM migrations_probe_types").fetchone()
        finally:
            conn.execute("DROP TABLE temp.migrations_probe_types")
    except sqlite3.Error:
        return False
    finally:
        getattr(sqlite3, "converters", {}).pop(PROBE_TYPE, None)
    return value is converted


APP_FACTORIES = "app_factories"  # where a connection class that takes it keeps them


class AppReadsConnection(sqlite3.Connection):
    """A connection a migration runs on outside the runner's steps (the fresh install built
    in memory, the harness's re-run): room for the app's factories, as the step's has."""

    app_factories: tuple | None = None


def reading_plainly(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` with rows read as tuples and text as ``str``; the
    app's two factories kept on it where its class has room (the runner's step
    connection: the one migrations receive)."""
    if hasattr(type(conn), APP_FACTORIES):
        setattr(conn, APP_FACTORIES, (conn.row_factory, conn.text_factory))
    conn.row_factory = None  # a Row equals no tuple: ``[("ok",)]`` never matched one
    conn.text_factory = str
    return conn


@contextmanager
def as_the_app_reads(conn: sqlite3.Connection) -> Iterator[None]:
    """Within: ``conn`` reads rows and text as the app's connect made it read them (a
    migration's ``upgrade(conn)``); after, plainly again, whatever the migration set:
    with no app connect too (nothing kept), a migration setting its own dict rows or bytes
    left them to the runner's reads after it."""
    kept = getattr(conn, APP_FACTORIES, None)
    row_factory, text_factory = conn.row_factory, conn.text_factory
    if kept is not None:
        conn.row_factory, conn.text_factory = kept
    try:
        yield
    finally:
        conn.row_factory, conn.text_factory = row_factory, text_factory


def run_upgrade(conn: sqlite3.Connection, upgrade: Callable[[sqlite3.Connection], object]) -> None:
    """A migration's ``upgrade(conn)`` (or ``downgrade``) as the app reads (above)."""
    with as_the_app_reads(conn):
        upgrade(conn)
