"""Which narrowed stamps of a path have their condition read just before their migration.

``MigrationTime(..., where=...)`` of migration M selects the rows M finds. On a jump from
an earlier start, a condition naming a column an earlier step adds (and M, or a later
step, drops or resets) cannot be read over the start, and read over the end it selects
what the path left, not what M found: a sound stamp failed there (``no such column``,
or every stamped row "changed undeclared"). As for a ``DeleteRows`` condition
(:mod:`edi_migrations.harness.midpath_reads`), the state just before M says its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from edi_migrations.harness.invariants.declared import STAMP_CONDITION, Declared
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.invariants.stamped import Stamp
from edi_migrations.runner.discovery import Migration

STAMP = STAMP_CONDITION  # Declared.midpath's kind of a stamp's condition: (kind, table, where)


def stamps_needed(
    declared: Declared, before: Snapshot, ran: Sequence[Migration]
) -> dict[tuple[str, str, str], tuple[int, str]]:
    """("stamp", table, where) -> (the version of the migration declaring it, the table as
    it names it), for each stamp's condition of a migration after the path's first that
    reads what the start lacks or what an earlier migration of the path changes."""
    from edi_migrations.harness.midpath_reads import _changed, _reads

    out = {}
    for stamp in declared.stamps:
        if stamp.where is None:
            continue
        at = [i for i, m in enumerate(ran) if any(_same(c, stamp) for c in m.changes)]
        if not at or not at[-1]:
            continue  # the path's first migration found the start
        written = next(c for c in ran[at[-1]].changes if _same(c, stamp))
        reads = _reads(before, written.table, stamp.where)
        if reads is None or reads & _changed(ran[: at[-1]]):
            out[(STAMP, stamp.table, stamp.where)] = (ran[at[-1]].version, written.table)
    return out


def _same(change: object, stamp: Stamp) -> bool:
    return isinstance(change, Stamp) and change.where == stamp.where
