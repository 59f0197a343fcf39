"""Which declared type changes of a path are read just before their migration.

A ``ChangeType`` of migration M converts the values M finds. Where the column is not in
the path's start (a migration before M added it, with its DEFAULT: Overseerr's
``notificationAgents``, added with ``DEFAULT (2)`` and renamed ``notificationTypes`` as
text further on), the path's end sees a new column whose rows hold M's conversion of that
DEFAULT, and its own DEFAULT (or NULL) is no guide. So the column is read, under the name
it had just before M (a rename M itself declares taken back), over the database just
before M (``midpath_reads`` makes that state), and the data-kept check expects those
values converted (``invariants.expected``).
"""

from __future__ import annotations

from collections.abc import Sequence

from edi_migrations import changes as ch
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.identifiers import quote_identifier
from edi_migrations.runner.discovery import Migration

TYPE = "type"  # Declared.midpath's kind of a type change: ("type", table, column) at the end


def types_needed(
    declared: Declared, before: Snapshot, ran: Sequence[Migration]
) -> dict[tuple[str, str, str], tuple[int, str, str]]:
    """("type", table, column) -> (M's version, table, the column quoted as M found it)
    for each type change of the path (``ran``: its migrations) that is not its first
    migration's, on a column the start's table lacks."""
    out = {}
    for (table, column), change in declared.type_changes.items():
        written = declared.as_written.get((TYPE, table, column))
        original = written.change if written else change
        at = next((i for i in range(len(ran) - 1, -1, -1) if original in ran[i].changes), 0)
        if at == 0:
            continue  # the path's first migration: the start is the state it found
        found = _name_before(ran[at], original.table, original.column)
        start = before.state.tables.get(original.table) or before.state.tables.get(table)
        if start is not None and {found, column, original.column} & set(start.columns):
            continue  # the start holds it: its own values are converted (expected.py)
        out[(TYPE, table, column)] = (ran[at].version, original.table, quote_identifier(found))
    return out


def _name_before(migration: Migration, table: str, column: str) -> str:
    """``column`` under the name it had before ``migration``'s own declared renames."""
    for change in reversed(migration.changes):
        if isinstance(change, ch.RenameColumn) and change.table == table and change.new == column:
            column = change.old
    return column
