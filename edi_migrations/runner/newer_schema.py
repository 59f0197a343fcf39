"""What the older build's app has is still in a file one version newer.

An older build cannot build v(N)'s schema, but it has its own head's, v(N-1)'s, and a
migration saying ``KEEPS_PREVIOUS_APP`` may only have added to it: a table, a column or
a view of v(N-1) gone, or a column retyped, is a claim that does not hold (or a change
by hand), and the app would fail on its first statement naming it. So these are
reported as the newer file's drift: refused naming the object, unless ``allow_drift``.
A UNIQUE key or a trigger gone breaks the app as surely (its upserts, what its writes
fill; head_keeps.py), and a column respelled within its affinity does not; other
indexes only make the app slower.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.error_advice import ALLOW_DRIFT, first_differences
from edi_migrations.errors import SchemaDrift
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.head_keeps import column_in, folded, missing_keys, retyped, rowid_change
from edi_migrations.runner.schema_text import expected
from edi_migrations.schema.model import Schema, schema_model
from edi_migrations.sqlite.dbapi import sqlite3


def missing_from_head(
    conn: sqlite3.Connection, migrations: tuple[Migration, ...]
) -> tuple[str, ...]:
    """Each table, column, view, UNIQUE key or trigger of the chain's head the file
    lacks, or column retyped (head_keeps.py)."""
    head = len(migrations)
    kept: Schema = expected(migrations, head).model
    actual = schema_model(conn)
    problems: list[str] = []
    tables = folded(actual.tables)
    for name, table in sorted(kept.tables.items()):
        found = tables.get(name.casefold())
        if found is None:
            problems.append(f"table {name} is missing")
            continue
        for column in table.columns:
            now = column_in(found, column.name)
            if now is None:
                problems.append(f"column {name}.{column.name} is missing")
            elif how := rowid_change(table, found, column, now, head):
                problems.append(f"column {name}.{column.name} is {how}")
            elif retyped(table, found, column, now):
                problems.append(
                    f"column {name}.{column.name} is {now.type or '(no type)'}, the v{head} "
                    f"app's is {column.type or '(no type)'}"
                )
    problems += [
        f"view {name} is missing"
        for name in sorted(kept.views)
        if name.casefold() not in folded(actual.views)
    ]
    return tuple(problems + missing_keys(kept, actual, head))


class NewerSchemaMissing(SchemaDrift):
    """A newer file the chain's app may start on by its record, but whose schema lacks
    what that app has (a :class:`SchemaDrift`: ``allow_drift`` starts on it anyway)."""

    def __init__(self, path: Path, version: int, how: str, differences: list[str]) -> None:
        super().__init__(path, version, differences)
        shown = first_differences(differences)
        self.args = (
            f"{path}: at v{version}, {how}, but the v{version - 1} app's schema is not all "
            f"there: {shown}; file left unchanged (a change made by hand? "
            f"{ALLOW_DRIFT} to start on it anyway)",
        )
