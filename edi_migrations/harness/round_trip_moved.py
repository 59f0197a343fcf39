"""A column a migration declares dropped may come back from its downgrade at the end of
its table.

On SQLite a downgrade makes a dropped column again with ``ALTER TABLE ... ADD COLUMN``
(Alembic's and Django's do, short of a rebuild), which puts it last: where it was is out
of reach. The round trip already expects its values at the DEFAULT
(``round_trip_expected``); its place is not held against the downgrade either: the
earlier state is also accepted with each such column moved to the end of its table, in
its rows and in the schema text. Anything else about the column (its type, NOT NULL,
DEFAULT) is compared as before.
"""

from __future__ import annotations

from edi_migrations.changes import DropColumn
from edi_migrations.harness.invariants.runs import (
    UserState,
    column_place,
    columns_at,
    same_user_state,
)
from edi_migrations.runner.discovery import Migration


def given_back(expected: UserState, actual: UserState, migration: Migration) -> list[str]:
    """What ``actual`` (after up then down) lacks of ``expected``; none where the only
    difference is a declared dropped column made again at the end of its table."""
    problems = same_user_state(expected, actual)
    dropped = [c for c in migration.changes if isinstance(c, DropColumn)]
    if not problems or not dropped:
        return problems
    moved = expected
    for change in dropped:
        moved = _moved_last(moved, change.table, change.column)
    return problems if same_user_state(moved, actual) else []


def _moved_last(state: UserState, table: str, column: str) -> UserState:
    """``state`` with ``table.column`` as its table's last column (rows and schema)."""
    schema, tables = state
    place = column_place(tables, table, column)
    if place is None:
        return state
    name, at = place
    columns, rows = tables[name]
    order = [i for i in range(len(columns)) if i != at] + [at]
    moved = {**tables, name: columns_at(columns, rows, order)}
    return _schema_moved_last(schema, name, columns[at]), moved


def _schema_moved_last(schema: str, table: str, column: str) -> str:
    """The canonical schema text with ``column``'s line last among ``table``'s columns."""
    blocks = schema.rstrip("\n").split("\n\n")
    for n, block in enumerate(blocks):
        lines = block.split("\n")
        if lines[0] != f"table {table}":
            continue
        line = next((x for x in lines if x.startswith(f"  column {column} ")), None)
        if line is None:
            return schema
        lines.remove(line)
        at_columns = [i for i, x in enumerate(lines) if x.startswith("  column ")]
        lines.insert((at_columns[-1] if at_columns else 0) + 1, line)
        blocks[n] = "\n".join(lines)
    return "\n\n".join(blocks) + "\n"
