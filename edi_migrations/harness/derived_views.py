"""The views the app derived from the schema reads.

An app reads its views as it reads its tables: a migration redefining a view without a
column the old app selects breaks that app even where it declares ``ReplaceView`` (which
only lets the view's rows differ). So the derived app reads every column each view has at
the old version, by name: a view gaining a column reads the same rows, one losing a
column fails. A view the old version itself cannot read is left to the matrix's notes.
"""

from __future__ import annotations

from edi_migrations.identifiers import strict_identifier
from edi_migrations.sqlite.dbapi import sqlite3


def view_reads(conn: sqlite3.Connection) -> tuple[tuple[str, str], ...]:
    """(name, SQL) of a read of every column of every view whose columns resolve."""
    out = []
    names = conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'view' ORDER BY name"
    ).fetchall()
    for (name,) in names:
        try:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({strict_identifier(name)})")]
        except sqlite3.Error:
            continue  # a view already broken at this version: no app reads it
        if columns:
            out.append(
                (
                    f"read view {name}",
                    f"SELECT {', '.join(map(strict_identifier, columns))} FROM {strict_identifier(name)}",
                )
            )
    return tuple(out)
