"""Newcomer, round twenty-one: a bookkeeping app whose ``connect`` is its real one, as
tutorials write it. ``conn.row_factory`` set to a function returning dicts made every
query the runner itself reads by position fail (``KeyError: 0``), blamed on the first
migration; ``text_factory = bytes`` did the same (``a bytes-like object is required``);
``detect_types`` passed as a default (``kw.setdefault``) ran the app's DATE converter
on every generated value the harness read back, a traceback. The runner's and the
harness's own connections now read plain tuples and text whatever the app's factory
sets, and ask for no type detection; ``sqlite3.Row`` (positional too) is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_newcomer_round_eighteen import run  # the upgrade paths alone
from tests.harness_projects import add_migration, first_migration

ACCOUNTS = '''"""Accounts and their journal entries."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)")
    conn.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, booked_on DATE NOT NULL,"
        " account_id INTEGER NOT NULL REFERENCES accounts(id), amount DECIMAL NOT NULL)"
    )
'''

OPENING = '''"""Opening balances, one per account, on the day the books open."""
import datetime
from decimal import Decimal


def upgrade(conn):
    conn.execute(
        "CREATE TABLE opening_balances (account_id INTEGER PRIMARY KEY REFERENCES accounts(id),"
        " opened_on DATE NOT NULL, balance DECIMAL NOT NULL)"
    )
    ids = [row["id"] if isinstance(row, dict) else row[0]
           for row in conn.execute("SELECT id FROM accounts")]
    conn.executemany(
        "INSERT OR IGNORE INTO opening_balances VALUES (?, ?, ?)",
        [(i, datetime.date(2024, 1, 1), Decimal("0.00")) for i in ids],
    )


def downgrade(conn):
    conn.execute("DROP TABLE opening_balances")
'''

CONNECT = """import datetime
import decimal
import sqlite3

sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("DATE", lambda b: datetime.date.fromisoformat(b.decode()))


def dict_factory(cursor, row):
    return {col[0]: row[i] for i, col in enumerate(cursor.description)}


def connect(database, **kw):
    {opening}
    {setting}
    return conn
"""

PLAIN = "conn = sqlite3.connect(database, **kw)"
SETTINGS = {
    "row_factory_dicts": (PLAIN, "conn.row_factory = dict_factory"),
    "row_factory_row": (PLAIN, "conn.row_factory = sqlite3.Row"),
    "text_factory_bytes": (PLAIN, "conn.text_factory = bytes"),
    "detect_types_default": (
        "kw.setdefault('detect_types', sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)\n"
        "    conn = sqlite3.connect(database, **kw)",
        "pass",
    ),
    "plain": (PLAIN, "pass"),
}


def books_app(pytester: pytest.Pytester, setting: str) -> Path:
    opening, line = SETTINGS[setting]
    source = CONNECT.replace("{opening}", opening).replace("{setting}", line)
    (pytester.path / "booksdb.py").write_text(source, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "booksdb:connect"\n')
    folder = first_migration(pytester, ACCOUNTS, "accounts")
    add_migration(folder, "opening_balances", OPENING)
    return folder


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_a_connect_setting_how_rows_and_text_are_read_passes_a_sound_chain(pytester, setting):
    result = run(pytester, books_app(pytester, setting))
    outcomes, out = result.parseoutcomes(), result.stdout.str()
    assert outcomes.get("passed", 0) > 0, out
    assert not outcomes.get("failed") and not outcomes.get("errors"), out


def test_a_migration_that_loses_rows_still_fails_under_a_dict_row_factory(pytester):
    folder = books_app(pytester, "row_factory_dicts")
    add_migration(
        folder,
        "drop_first",
        '"""Drop."""\n\n\ndef upgrade(conn):\n'
        '    conn.execute("DELETE FROM entries WHERE id = 1")\n',
    )
    result = run(pytester, folder)
    result.stdout.fnmatch_lines(["*entries rowid 1: row lost*"])
    assert result.parseoutcomes().get("failed", 0) > 0, result.stdout.str()
