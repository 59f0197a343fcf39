"""A trigger that refuses on purpose is the app's rule, not a broken trigger.

``triggers fire`` touches a row of every table with triggers and fails on any error. An
append-only table (``BEFORE UPDATE ... SELECT RAISE(ABORT, 'audit is append-only')``)
refuses that touch by design: its error is the text of a ``RAISE`` literal in one of the
schema's triggers, where a broken trigger's error is SQLite's (``no such table``, a
constraint the migration added).
"""

from __future__ import annotations

import re

from edi_migrations.sqlite.dbapi import sqlite3

RAISE = re.compile(r"raise\s*\(\s*(?:abort|fail|rollback)\s*,\s*'((?:[^']|'')*)'\s*\)", re.I)


def raised_on_purpose(conn: sqlite3.Connection, error: sqlite3.Error) -> bool:
    """True when ``error`` is a trigger's own ``RAISE(..., 'message')`` of this schema."""
    if not isinstance(error, sqlite3.IntegrityError):
        return False
    return str(error) in _raised_messages(conn)


def _raised_messages(conn: sqlite3.Connection) -> set[str]:
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    return {m.replace("''", "'") for (sql,) in triggers for m in RAISE.findall(sql or "")}
