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
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.check_evidence import WAYS_OUT, listed_rows
from edi_migrations.harness.dbstate import open_copy
from edi_migrations.identifiers import quote_identifier
from edi_migrations.sqlite.dbapi import sqlite3

_NOT_NULL = re.compile(r"NOT NULL constraint failed: (\w+)\.(\w+)")
_UPDATE = re.compile(
    r'^\s*UPDATE(?:\s+OR\s+\w+)?\s+("(?:[^"]|"")+"|\w+)\s+SET\s+("(?:[^"]|"")+"|\w+)\s*=\s*'
    r"(?P<expr>.+?)(?:\s+WHERE\s+(?P<where>.+?))?\s*;?\s*$",
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
    table, column = (_unquote(update.group(n)) for n in (1, 2))
    if (table.lower(), column.lower()) != (failed.group(1).lower(), failed.group(2).lower()):
        return []
    return _null_rows(Path(error.path), table, column, update)


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def _null_rows(path: Path, table: str, column: str, update: re.Match[str]) -> list[str]:
    expression, where = update.group("expr"), update.group("where")
    conn = open_copy(path)
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({quote_identifier(table)})")]
        named = [c for c in columns if re.search(rf"\b{re.escape(c)}\b", expression, re.I)]
        shown = ", ".join(quote_identifier(c) for c in named) or "NULL"
        condition = f"({expression}) IS NULL" + (f" AND ({where})" if where else "")
        sql = f"SELECT rowid, {shown} FROM {quote_identifier(table)} WHERE {condition}"
        with guarded(f"the rows of {table!r} for which {column} = {expression} is NULL"):
            rows = conn.execute(sql).fetchall()
    except sqlite3.Error:
        return []  # reads what the old table lacks, or several assignments: SQLite's words only
    finally:
        conn.close()
    if not rows:
        return []
    return [
        f"before the failing step, {len(rows)} row(s) of {table} gave {column} NULL: "
        f"{listed_rows(rows, named)}; {WAYS_OUT}"
    ]
