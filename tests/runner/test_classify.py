"""A SQLite error on a file we only read becomes one refusal, decided by its result code."""

from __future__ import annotations

import pytest

from edi_migrations.errors import CannotOpen, CorruptDatabase, DatabaseBusy
from edi_migrations.sqlite.classify import classify
from edi_migrations.sqlite.dbapi import sqlite3

BUSY, LOCKED, READONLY, CORRUPT, CANTOPEN, NOTADB, IOERR = 5, 6, 8, 11, 14, 26, 10
READONLY_ROLLBACK = READONLY | (3 << 8)  # the extended code of a hot journal on a read-only open


def error(kind: type[sqlite3.Error], text: str, code: int | None) -> sqlite3.Error:
    """A real DB-API error as SQLite raises it: the code rides on the instance."""
    exc = kind(text)
    if code is not None:
        exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("exc", "refusal", "says"),
    [
        (error(sqlite3.OperationalError, "database is locked", BUSY), DatabaseBusy, "locked"),
        (error(sqlite3.OperationalError, "database table is locked", LOCKED), DatabaseBusy, ""),
        (error(sqlite3.OperationalError, "database is locked", None), DatabaseBusy, ""),
        (error(sqlite3.OperationalError, "unable to open database file", CANTOPEN), CannotOpen, "readable"),
        (
            error(sqlite3.OperationalError, "attempt to write a readonly database", READONLY_ROLLBACK),
            CannotOpen,
            "hot journal",
        ),
        (error(sqlite3.DatabaseError, "database disk image is malformed", CORRUPT), CorruptDatabase, "malformed"),
        (error(sqlite3.DatabaseError, "file is not a database", NOTADB), CorruptDatabase, "not a database"),
        (error(sqlite3.OperationalError, "disk I/O error", IOERR), CannotOpen, "disk I/O error"),
    ],
)
def test_each_result_code_means_one_refusal(tmp_path, exc, refusal, says):
    found = classify(tmp_path / "edi.db", exc, 1.0)
    assert type(found) is refusal
    assert says in str(found)


@pytest.mark.parametrize(
    ("exc", "refusal"),
    [
        (error(sqlite3.OperationalError, "this text says locked", CORRUPT), CorruptDatabase),
        (error(sqlite3.DatabaseError, "unable to open, readonly, locked", BUSY), DatabaseBusy),
        (error(sqlite3.OperationalError, "database is locked", IOERR), CannotOpen),
    ],
)
def test_the_code_decides_not_the_message_text(tmp_path, exc, refusal):
    assert type(classify(tmp_path / "edi.db", exc, 1.0)) is refusal
