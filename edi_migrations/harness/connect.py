"""How the harness opens every database it reads or writes itself.

One factory for the run, ``sqlite3.connect`` unless the project's
``edi_migrations_connect`` fixture returns another: an app whose views or triggers call
functions, collations or extensions it registers on each connection needs them in the
harness's reads (view rows, trigger checks, in-memory copies) and writes (the app's data,
rows from the schema) too. The plugin installs the fixture's factory for the session.
Each connection gets the run's statement budget (:mod:`edi_migrations.harness.budget`).
The runner's own connections, in the runner calls the harness makes, come from the same
factory (the plugin installs it in :mod:`edi_migrations.sqlite.opener` too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from edi_migrations.harness import budget
from edi_migrations.runner.attach_refusal import deny_attach
from edi_migrations.sqlite.app_reads import (
    AppReadsConnection,
    opened_without_type_detection,
    reading_plainly,
)
from edi_migrations.sqlite.app_reads import run_upgrade as run_upgrade  # for_migrations' runs
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.reading_mode import ReadingConnection, reads_only

Connect = Callable[..., sqlite3.Connection]

_factory: list[Connect] = [sqlite3.connect]


def connect(database: str, **kwargs: object) -> sqlite3.Connection:
    """Open ``database`` (a path or ``:memory:``) with the run's factory; ``kwargs`` are
    ``sqlite3.connect``'s (``uri=True``, ``isolation_level=None``). It runs under the
    statement budget, which replaces a progress handler the factory installed. A read-only
    open asks for a connection on which a refused switch to WAL reads the mode instead
    (:mod:`edi_migrations.sqlite.reading_mode`)."""
    factory = _factory[-1]
    if factory is sqlite3.connect:
        return budget.install(factory(database, **kwargs))
    if reads_only(database, kwargs):
        kwargs.setdefault("factory", ReadingConnection)
    return budget.install(reading_plainly(opened_without_type_detection(factory, database, kwargs)))


def for_migrations(database: str) -> sqlite3.Connection:
    """A connection (autocommit) on which the harness itself runs a migration's
    ``upgrade()``: as on the runner's, it may not attach another file (attach_refusal),
    and foreign keys are off whatever the app's connect turned on: with them on, a re-run's
    ``INSERT OR REPLACE`` on a parent cascaded away children the runner never deletes.
    Its class keeps the app's row and text factories for the migration's own reads
    (``app_reads.run_upgrade``)."""
    conn = connect(database, isolation_level=None, factory=AppReadsConnection)
    conn.set_authorizer(deny_attach)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


@contextmanager
def connecting_with(factory: Connect) -> Iterator[None]:
    """Every harness connection opened inside the block comes from ``factory``."""
    _factory.append(factory)
    try:
        yield
    finally:
        _factory.pop()
