"""Going down from the app's data at a migration's version, the tables and columns the
earlier version has must still be there.

The trip down from the version's own data compared the rows of the tables and columns
both sides had, so a ``downgrade()`` that drops one of the earlier version's tables (or
columns) only on data the later app writes (``DROP TABLE tags`` once an archived note
exists) lost it unseen: the trip from below never meets that data. What the earlier
version has is read from the start below the migration; a drop the ``DOWNGRADE_CHANGES``
declare is the downgrade's on purpose.
"""

from __future__ import annotations

from edi_migrations.changes import DropColumn, DropTable
from edi_migrations.harness.invariants.runs import UserState
from edi_migrations.runner.discovery import Migration


def lost_objects(below: UserState, before: dict, after: dict, migration: Migration) -> list[str]:
    """The earlier version's tables and columns in ``before`` (named as below) that the
    downgrade left out of ``after``."""
    earlier = {t.casefold(): {c.casefold() for c in cols} for t, (cols, _) in below[1].items()}
    declared = _declared_drops(migration)
    now = {t.casefold(): {c.casefold() for c in cols} for t, (cols, _) in after.items()}
    version = f"v{migration.version - 1}"
    lost = []
    for table, (columns, _) in before.items():
        key = table.casefold()
        if key not in earlier or (key, None) in declared:
            continue
        if key not in now:
            lost.append(f"table {table} ({version} has it) is gone")
            continue
        lost += [
            f"column {table}.{column} ({version} has it) is gone"
            for column in columns
            if column.casefold() in earlier[key] - now[key]
            and (key, column.casefold()) not in declared
        ]
    return lost


def _declared_drops(migration: Migration) -> set[tuple[str, str | None]]:
    drops: set[tuple[str, str | None]] = set()
    for change in migration.downgrade_changes:
        if isinstance(change, DropTable):
            drops.add((str(change.table).casefold(), None))
        elif isinstance(change, DropColumn):
            drops.add((str(change.table).casefold(), str(change.column).casefold()))
    return drops
