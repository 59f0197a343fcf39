"""A one-to-one child of a UNIQUE column that may be NULL holds a row for each parent key.

Synapse's ``users_to_send_full_presence_to`` keys its rows by ``user_id``, a reference to
``users (name)``: a UNIQUE column that SQLite lets hold NULL. The rows from the schema put a
NULL name in one user of each start database, so the child (one row per user at most) found
one parent key fewer than the rows it was asked for, and the whole table was left empty:
the coverage check then asked for an ``app_writes`` the app never needed. The child now
stops where the parent's keys do. A small accounts chain of its own (not EDI's, not
Synapse's): the same child of a name (the sound twin, which passes now) beside one of a
name no row may hold (the broken twin: no key at all, still named as empty).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix

ACCOUNTS = '''"""Accounts, and the ones that get a full presence on their next sync."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT{name_check}, UNIQUE (name))"
    )
    conn.execute(
        "CREATE TABLE full_presence (login TEXT PRIMARY KEY, stream_id BIGINT,"
        " FOREIGN KEY (login) REFERENCES accounts (name))"
    )
'''
INDEX = '''"""Presence rows are found by stream (v2 is then a start of the matrix)."""


def upgrade(conn):
    conn.execute("CREATE INDEX full_presence_stream ON full_presence (stream_id)")
'''


def coverage_of_v1(pytester: pytest.Pytester, name_check: str):
    folder = pytester.path / "migrations"
    folder.mkdir()
    (folder / "0001_accounts.py").write_text(
        ACCOUNTS.replace("{name_check}", name_check), encoding="utf-8"
    )
    (folder / "0002_index.py").write_text(INDEX, encoding="utf-8")
    return run_matrix(
        pytester,
        folder,
        *("-o", "edi_migrations_app_foreign_keys=true"),  # the app's rows hold no orphan
        *("-k", "test_start_database_covers_the_schema and v1", "-p", "no:randomly"),
    )


def test_a_child_of_a_unique_column_holding_a_null_is_filled(pytester):
    result = coverage_of_v1(pytester, "")
    result.assert_outcomes(passed=1)


def test_a_child_of_a_column_no_row_may_fill_is_still_named_empty(pytester):
    result = coverage_of_v1(pytester, " CHECK (name IS NULL)")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table full_presence is empty*"])
