"""Ctrl-C reaching a fresh install built in memory while SQLite is inside one of its Python
callbacks (the authorizer that keeps ATTACH out, the progress handler).

Python raises the KeyboardInterrupt inside the callback, where the sqlite3 module clears
it: the authorizer's statement is then denied ("not authorized") and a command said
"cannot open the database: not authorized", exit 1, instead of "interrupted", exit 130
(a flake of the Ctrl-C spec of round five, about one run in twenty under load)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.fresh_breaks import building
from edi_migrations.sqlite.dbapi import sqlite3


def _noop(conn) -> None:
    return None


MIGRATION = Migration(
    2, "0002_count", Path("0002_count.py"), "-", "", _noop, None, (), (), frozenset()
)


def _interrupted_inside(conn: sqlite3.Connection) -> None:
    """An authorizer that receives Ctrl-C while it runs, as a terminal's user may send it."""

    def authorize(*_args) -> int:
        signal.raise_signal(signal.SIGINT)
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorize)


@pytest.fixture
def in_a_terminal():
    """SIGINT handled as in a terminal's foreground run (Python's default handler), even
    where this run ignores it: a suite started as a background job inherits SIG_IGN, the
    build then installs nothing (as it must) and the Ctrl-C sent below went nowhere."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_inside_the_authorizer_is_an_interrupt_naming_the_fresh_install(in_a_terminal):
    conn = sqlite3.connect(":memory:")
    _interrupted_inside(conn)
    with pytest.raises(KeyboardInterrupt, match="interrupted while building v2's fresh install"):
        with building(MIGRATION):
            conn.execute("CREATE TABLE t (x)")


def test_a_denial_without_ctrl_c_stays_the_error_it_is():
    conn = sqlite3.connect(":memory:")
    conn.set_authorizer(lambda *_args: sqlite3.SQLITE_DENY)
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        with building(MIGRATION):
            conn.execute("CREATE TABLE t (x)")


def test_the_handler_before_is_back_after_the_build():
    before = signal.getsignal(signal.SIGINT)
    with building(MIGRATION):
        pass
    assert signal.getsignal(signal.SIGINT) is before
