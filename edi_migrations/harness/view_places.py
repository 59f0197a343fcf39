"""A view the previous app reads keeps its columns where they were.

The app derived from the schema reads each view by naming its columns, so a view made
again with its columns in another order returned the same rows and passed; an app
reading it with ``SELECT *`` takes its values by position and gets them swapped. The
previous version's columns must stay the first ones, in their order (a column added at
the end moves none); a view the migration declares replaced or dropped is exempt.
"""

from __future__ import annotations

from edi_migrations.harness.derived_views import view_reads
from edi_migrations.identifiers import strict_identifier
from edi_migrations.sqlite.dbapi import sqlite3


def view_columns(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each readable view's columns, in order (keyed by its read's name)."""
    out = {}
    for name, sql in view_reads(conn):  # its columns in their order, as SELECT * has them
        try:
            cursor = conn.execute(f"{sql} LIMIT 0")
        except sqlite3.Error:
            continue  # a view that no longer reads: its read says so
        out[name] = tuple(d[0] for d in cursor.description)
    return out


def moved_columns(
    before: dict[str, tuple[str, ...]], conn: sqlite3.Connection, exempt: frozenset[str]
) -> list[tuple[str, str, str]]:
    """(read's name, the SQL it stands for, what moved) for each view whose earlier
    columns no longer lead."""
    out = []
    for name, columns in view_columns(conn).items():
        old, view = before.get(name), name.removeprefix("read view ")
        if old is None or view.lower() in exempt:
            continue
        if [c.casefold() for c in columns[: len(old)]] != [c.casefold() for c in old]:
            sql = f"SELECT * FROM {strict_identifier(view)}"
            out.append(
                (name, sql, f"its columns ({', '.join(old)}) come as ({', '.join(columns)})")
            )
    return out
