"""Evidence for an upgrade that failed on NOT NULL in ``UPDATE t SET col = expr``.

``NOT NULL constraint failed: tasks.state`` names the column, not the rows. An enum
mapped by a CASE without ELSE gives NULL for every value the app never writes, and the
schema's generated rows hold such values: the rows before the step (rolled back) whose
expression is NULL are counted and a few shown, with the ways out. A statement of several
assignments, or one the old table cannot evaluate, gives only SQLite's message.
"""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.errors import MigrationError, MigrationFailed
from edi_migrations.harness.check_evidence import WAYS_OUT, listed_rows, rows_where
from edi_migrations.identifiers import unquote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

_NOT_NULL = re.compile(r"NOT NULL constraint failed: (\w+)\.(\w+)")
_UPDATE = re.compile(
    r'^\s*UPDATE(?:\s+OR\s+\w+)?\s+("(?:[^"]|"")+"|\w+)\s+SET\s+("(?:[^"]|"")+"|\w+)\s*=\s*'
    r"(?P<tail>.+?)\s*;?\s*$",
    re.I | re.DOTALL,
)


def null_evidence(error: MigrationError) -> list[str]:
    """Evidence lines for a step an UPDATE's NULL failed; [] for other errors."""
    if not isinstance(error, MigrationFailed) or not isinstance(
        error.cause, sqlite3.IntegrityError
    ):
        return []
    failed, update = _NOT_NULL.search(str(error.cause)), _UPDATE.match(error.statement or "")
    if failed is None or update is None:
        return []
    table, column = (unquote_identifier(update.group(n)) for n in (1, 2))
    if (table.lower(), column.lower()) != (failed.group(1).lower(), failed.group(2).lower()):
        return []
    return _null_rows(Path(error.path), table, column, update)


def _null_rows(path: Path, table: str, column: str, update: re.Match[str]) -> list[str]:
    expression, where = split_where(update.group("tail"))
    condition = f"({expression}) IS NULL" + (f" AND ({where})" if where else "")
    what = f"the rows of {table!r} for which {column} = {expression} is NULL"
    rows, named = rows_where(path, table, expression, condition, what)
    if not rows:  # or SQLite could not read them (several assignments): its words only
        return []
    return [
        f"before the failing step, {len(rows)} row(s) of {table} gave {column} NULL: "
        f"{listed_rows(rows, named)}; {WAYS_OUT}"
    ]


_WORD = re.compile(r"\bWHERE\b", re.I)
_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


def split_where(tail: str) -> tuple[str, str | None]:
    """``expr WHERE cond`` cut at its own WHERE, not one inside a subquery's parentheses
    (``(SELECT name FROM kinds WHERE kinds.code = t.status)``) or a quoted text."""
    depth, i = 0, 0
    while i < len(tail):
        char = tail[i]
        if char in _QUOTES:
            end = tail.find(_QUOTES[char], i + 1)
            i = len(tail) if end < 0 else end + 1
            continue
        depth += (char == "(") - (char == ")")
        word = _WORD.match(tail, i) if depth == 0 and (i == 0 or tail[i - 1].isspace()) else None
        if word is not None:
            return tail[:i].rstrip(), tail[word.end() :].strip() or None
        i += 1
    return tail, None
