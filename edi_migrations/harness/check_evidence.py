"""Evidence for an upgrade that failed on a CHECK (the rows that break it) and the ways out
of it and of a UNIQUE index over repeats.

``CHECK constraint failed: pages > 0`` names neither the table nor a row. The runner
rolled the failing step back, so the file holds the rows as they were before it: those
of the statement's table for which the expression is false are counted and a few shown.
A named constraint (SQLite then gives only its name) or an expression the old table
cannot evaluate gives no evidence, only SQLite's message.
"""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.errors import MigrationError, MigrationFailed
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.dbstate import open_copy, row_id_name
from edi_migrations.harness.failure_evidence import VALUE_SHOWN
from edi_migrations.identifiers import quote_identifier, unquote_identifier
from edi_migrations.rebuild import NEW_PREFIX
from edi_migrations.sqlite.dbapi import sqlite3

SHOWN = 3  # rows named in the evidence
_CHECK = re.compile(r"CHECK constraint failed: (.+)", re.DOTALL)
_TABLE = re.compile(
    r'^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?)\s+("(?:[^"]|"")+"|\w+)', re.I
)
_SOURCE = re.compile(
    r'\bSELECT\b.+?\bFROM\s+("(?:[^"]|"")+"|\w+)\s*(?:WHERE\b.*)?;?\s*$', re.I | re.S
)
WAYS_OUT = (
    "change them first (an UPDATE declared Recompute), move them aside (MoveRows) or "
    "delete them on purpose (DeleteRows); where the app never writes such values, say what "
    "it writes (app_writes, README: What the app writes), so the start data holds none"
)


def check_evidence(error: MigrationError) -> list[str]:
    """Evidence lines for a step that failed on a CHECK; [] for other errors."""
    if not isinstance(error, MigrationFailed) or not isinstance(
        error.cause, sqlite3.IntegrityError
    ):
        return []
    check, table = _CHECK.fullmatch(str(error.cause).strip()), _TABLE.match(error.statement or "")
    if check is None or table is None or re.fullmatch(r"\w+", check.group(1).strip()):
        return []
    name = unquote_identifier(table.group(1))
    path, expression = Path(error.path), check.group(1).strip()
    found = _broken_rows(path, name.removeprefix(NEW_PREFIX), expression)
    source = _SOURCE.search(error.statement or "")
    if found or source is None:
        return found
    # a rebuild written by hand: its new table was rolled back with the step, the rows it
    # copied are still in the table it selects from
    return _broken_rows(path, unquote_identifier(source.group(1)), expression)


def _broken_rows(path: Path, table: str, expression: str) -> list[str]:
    what = f"the rows of {table!r} breaking CHECK ({expression})"
    rows, named = rows_where(path, table, expression, f"NOT ({expression})", what)
    if not rows:
        return []
    return [
        f"before the failing step, {len(rows)} row(s) of {table} broke the CHECK "
        f"({expression}): {listed_rows(rows, named)}; {WAYS_OUT}"
    ]


def rows_where(
    path: Path, table: str, expression: str, condition: str, what: str
) -> tuple[list[tuple], list[str]]:
    """The rows of ``table`` for which ``condition`` holds, on a copy of the database as the
    failed step found it: each its rowid and the columns ``expression`` names (those named
    too). ``what`` names the read where the statement budget stops it. None where SQLite
    cannot read them: the new table's expression reads what the old one lacks."""
    conn = open_copy(path)
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({quote_identifier(table)})")]
        named = [c for c in columns if re.search(rf"\b{re.escape(c)}\b", expression, re.I)]
        shown = ", ".join(quote_identifier(c) for c in named) or "NULL"
        row_id = row_id_name(tuple(columns))  # a column called rowid is not the number
        sql = f"SELECT {row_id}, {shown} FROM {quote_identifier(table)} WHERE {condition}"
        with guarded(what):
            return conn.execute(sql).fetchall(), named
    except sqlite3.Error:
        return [], []
    finally:
        conn.close()


def listed_rows(rows: list[tuple], named: list[str]) -> str:
    """A few rows as ``rowid N (col=value)``, then how many more."""
    listed = ", ".join(
        f"rowid {r[0]} ({', '.join(f'{c}={_show(v)}' for c, v in zip(named, r[1:], strict=True))})"
        for r in rows[:SHOWN]
    )
    return listed + (f", … and {len(rows) - SHOWN} more" if len(rows) > SHOWN else "")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= VALUE_SHOWN else text[:VALUE_SHOWN] + "…"


REPEATS_WAYS_OUT = (
    "move the repeats aside (MoveRows), merge them (MergeRows) or delete them on purpose "
    "(DeleteRows) before the index"
)


def with_ways_out(unique: list[str]) -> list[str]:
    """The duplicates' evidence (``failure_evidence``), then what a migration does about
    them; none where the old rows held no repeat (the step itself wrote them)."""
    return [*unique, REPEATS_WAYS_OUT] if unique and "duplicated value(s)" in unique[0] else unique
