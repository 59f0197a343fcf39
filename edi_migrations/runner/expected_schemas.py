"""The schema a fresh database has at each version, built in memory once per version.

Every runner call compares the file's schema with its version's (drift), so a matrix
walking a chain of N asks for every version again and again. Building version v by
running migrations 1..v from nothing makes a walk cost O(N²) migration runs, and a
cache smaller than the chain (it was 64) thrashes on a walk and makes it cubic. Here
one in-memory database advances along the chain: asking for v after v-1 runs one
migration, and each version's schema is kept (small: a model, not a database). Both are
per connect: the database is opened by the factory installed when it is asked for (what it
attaches and registers is what the migrations run with), and another factory starts anew.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from edi_migrations.runner.attach_refusal import deny_attach
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.fresh_breaks import breakable, building
from edi_migrations.sqlite.app_reads import AppReadsConnection, run_upgrade
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import installed_factory, open_connection

KEPT = 4096  # schemas kept: a chain longer than this builds the oldest again
Read = Callable[[sqlite3.Connection], object]  # the schema model of a connection


class ExpectedSchemas:
    """One advancing in-memory database and the schemas read from it, per chain prefix.

    All migrations run in one open transaction, as building from nothing did; a read
    between two of them only reads ``sqlite_master``. Thread safe: the runner's
    integrity check runs beside it on a thread."""

    def __init__(self, read: Read) -> None:
        self._read = read
        self._lock = threading.Lock()
        self._kept: dict[tuple[object, tuple[Migration, ...]], object] = {}
        self._conn: sqlite3.Connection | None = None
        self._ran: tuple[Migration, ...] = ()
        self._factory: object = None  # the connect that opened ``_conn``

    def at(self, migrations: tuple[Migration, ...]) -> object:
        """The schema after ``migrations`` (a chain's first v), run on an empty file."""
        key = (opener_of(installed_factory()), migrations)
        with self._lock:
            if key in self._kept:
                return self._kept[key]
            conn = self._advanced_to(migrations, key[0])
            schema = self._read(conn)
            if len(self._kept) >= KEPT:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = schema
            return schema

    def _advanced_to(
        self, migrations: tuple[Migration, ...], factory: object
    ) -> sqlite3.Connection:
        ran = self._ran
        if self._conn is None or factory is not self._factory or migrations[: len(ran)] != ran:
            self._reset()
            self._conn = open_connection(
                ":memory:",
                isolation_level=None,
                check_same_thread=False,
                factory=AppReadsConnection,
            )
            self._factory = factory
            self._conn.set_authorizer(deny_attach)  # never a file beside the process
            breakable(self._conn)  # Ctrl-C during a long statement (fresh_breaks: why)
            self._conn.execute("BEGIN")
        conn = self._conn
        try:
            for migration in migrations[len(self._ran) :]:
                with building(migration):
                    run_upgrade(conn, migration.upgrade)
                self._ran = (*self._ran, migration)
        except BaseException:
            self._reset()  # a broken migration: the next request starts from nothing
            raise
        return conn

    def _reset(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._ran = None, ()


def opener_of(factory: object) -> object:
    """What opens the connection: a wrapper that only watches (``__wrapped__``) opens as
    what it wraps, and ``sqlite3.connect`` as no factory."""
    while getattr(factory, "__wrapped__", None) is not None:
        factory = factory.__wrapped__  # type: ignore[attr-defined]
    return None if factory is sqlite3.connect else factory
