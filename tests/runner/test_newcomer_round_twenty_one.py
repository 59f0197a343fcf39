"""Newcomer, round twenty-one, from Python: ``init(db, connect=...)`` with the app's real
``connect``, one setting ``row_factory`` to a dict maker or ``text_factory = bytes``,
failed inside the runner's own reads of the schema ("KeyError: 0", "a bytes-like object
is required"), blamed on the first migration. The runner asks the factory for
``detect_types=0`` too (app_reads: why), and one written as tutorials write it,
``sqlite3.connect(database, detect_types=..., **kw)``, cannot take that keyword twice:
it is opened as it was written, not refused with Python's "multiple values"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations import init
from edi_migrations.runner.verify import verify

FIRST = '''"""Accounts."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, code TEXT NOT NULL)")
    conn.execute("INSERT INTO accounts (code) VALUES ('cash')")
'''


def dicts(cursor: sqlite3.Cursor, row: tuple) -> dict:
    return {col[0]: row[i] for i, col in enumerate(cursor.description)}


def with_dicts(database: str, **kw: object) -> sqlite3.Connection:
    conn = sqlite3.connect(database, **kw)
    conn.row_factory = dicts
    return conn


def with_bytes(database: str, **kw: object) -> sqlite3.Connection:
    conn = sqlite3.connect(database, **kw)
    conn.text_factory = bytes
    return conn


def naming_it(database: str, **kw: object) -> sqlite3.Connection:
    return sqlite3.connect(database, detect_types=sqlite3.PARSE_DECLTYPES, **kw)


def defaulting_it(database: str, **kw: object) -> sqlite3.Connection:
    kw.setdefault("detect_types", sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    return sqlite3.connect(database, **kw)


def plain(database: str, **kw: object) -> sqlite3.Connection:
    return sqlite3.connect(database, **kw)


CONNECTS = [with_dicts, with_bytes, naming_it, defaulting_it, plain]


@pytest.mark.parametrize("connect", CONNECTS, ids=lambda f: f.__name__)
def test_init_and_verify_through_the_apps_real_connect(tmp_path: Path, connect) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_accounts.py").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "books.db"
    assert init(db, migrations_dir=folder, connect=connect).to_version == 1
    assert verify(db, migrations_dir=folder, connect=connect) == []
