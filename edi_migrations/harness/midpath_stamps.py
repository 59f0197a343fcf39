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

from edi_migrations.harness.invariants.composed import table_end
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
        at = [i for i in range(len(ran)) if _stamping(ran, i, stamp)]
        if not at or not at[-1]:
            continue  # the path's first migration found the start
        written = _stamping(ran, at[-1], stamp)[0]
        reads = _reads(before, written.table, stamp.where)
        if reads is None or reads & _changed(ran[: at[-1]]):
            out[(STAMP, stamp.table, stamp.where)] = (ran[at[-1]].version, written.table)
    return out


def _stamping(ran: Sequence[Migration], i: int, stamp: Stamp) -> list[Stamp]:
    """The stamps ``ran[i]`` declares under ``stamp``'s condition of its table (named as at
    the path's end): one condition may narrow stamps of several tables."""
    changes, later = ran[i].changes, [c for m in ran[i + 1 :] for c in m.changes]
    return [
        c
        for n, c in enumerate(changes)
        if isinstance(c, Stamp)
        and c.where == stamp.where
        and table_end(c.table, [*changes[n + 1 :], *later]).casefold() == stamp.table.casefold()
    ]
