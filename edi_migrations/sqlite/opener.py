"""The one place the runner opens a connection on the user's database, a copy of it, or
an in-memory build of its schema.

An app may register collations, SQL functions or extensions on each connection it opens
(Anki's ``COLLATE unicase``, calibre's ``title_sort()``): its schema cannot even be
integrity-checked, nor a trigger fired in a step, on a plain ``sqlite3.connect``. The
``connect`` option (``connect(database, **kw)``, as ``sqlite3.connect``) is installed here
for the length of one runner call; every connection of that call comes from it. A
context variable, so that runs in other threads keep their own; the integrity check's
worker threads are handed connections opened in the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from edi_migrations.sqlite.dbapi import sqlite3

Connect = Callable[..., sqlite3.Connection]

# the message's tail where SQLite misses a collation or function only the app registers
HINT = (
    "the app registers it on its connections: give the runner the app's connect "
    "(the `connect` option, `edi-migrate --connect module:function` or "
    "`[tool.edi-migrations] connect`, or the `edi_migrations_connect` fixture)"
)
MISSING_COLLATION = 257  # SQLITE_ERROR_MISSING_COLLSEQ (extended code)
# "unknown function": an index expression or CHECK read as the schema loads
MISSING_WORDS = ("no such collation sequence", "no such function", "unknown function")

_factory: ContextVar[Connect | None] = ContextVar("migrations_connect", default=None)


def open_connection(database: object, **kwargs: object) -> sqlite3.Connection:
    """``database`` opened by the installed factory (``sqlite3.connect`` where none is);
    ``kwargs`` are ``sqlite3.connect``'s and are passed on unchanged (a read-only open
    adds ``factory=``: :mod:`edi_migrations.sqlite.reading_mode`)."""
    factory = _factory.get()
    if factory is None or factory is sqlite3.connect:
        return sqlite3.connect(database, **kwargs)
    from edi_migrations.errors import MigrationError
    from edi_migrations.sqlite.app_factory import AppConnectFailed, DropsRunnerKw
    from edi_migrations.sqlite.app_reads import (
        AppReadsConnection,
        opened_without_type_detection,
        reading_plainly,
    )
    from edi_migrations.sqlite.reading_mode import ReadingConnection, reads_only

    wanted = kwargs.get("factory")
    if wanted is None and reads_only(database, kwargs):  # the app's connect may turn WAL on
        kwargs = {**kwargs, "factory": ReadingConnection}
    try:
        conn = opened_without_type_detection(factory, database, kwargs)
    except MigrationError:
        raise
    except sqlite3.Error as exc:
        if str(exc).startswith("unable to open"):  # the file's, not the factory's
            raise
        raise AppConnectFailed(factory, database, exc) from exc
    except Exception as exc:  # the app's code: any error in it is its own
        raise AppConnectFailed(factory, database, exc) from exc
    # AppReadsConnection is asked for, not required: without it a migration reads plainly
    if (
        isinstance(wanted, type)
        and not isinstance(conn, wanted)
        and wanted is not AppReadsConnection
    ):
        conn.close()
        raise DropsRunnerKw(factory, database, conn)
    return reading_plainly(conn)


def installed_factory() -> Connect | None:
    """The factory runner connections come from here (None: ``sqlite3.connect``)."""
    return _factory.get()


@contextmanager
def connecting_with(factory: Connect | None) -> Iterator[None]:
    """Every runner connection opened inside the block comes from ``factory``; ``None``
    keeps the one already installed (the harness's, around a call that gives none)."""
    if factory is None:
        yield
        return
    token = _factory.set(factory)
    try:
        yield
    finally:
        _factory.reset(token)


def missing_from_app(exc: BaseException) -> bool:
    """Whether SQLite failed for want of a collation or function the app would register.
    A missing collation has its own extended code; a missing function has none (plain
    SQLITE_ERROR), so its message's start is read, as the lint reads SQLite's words."""
    if getattr(exc, "sqlite_errorcode", None) == MISSING_COLLATION:
        return True
    return str(exc).startswith(MISSING_WORDS)


def app_hint(exc: BaseException) -> str:
    """The words telling how to supply what the app registers, where that is what failed."""
    return f" ({HINT})" if missing_from_app(exc) else ""


def with_hint(detail: str, exc: BaseException) -> str:
    return detail + app_hint(exc)
