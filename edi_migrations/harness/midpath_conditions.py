"""Which declared deletions of a path have their condition read just before their migration.

A ``DeleteRows`` condition is SQL over the row before the path. On a jump from before a
column it reads existed (Signal Desktop's ``37-send-log`` adds ``reactions.messageId``,
``42-stale-reactions`` deletes by it), the start cannot answer it, and the path's end no
longer holds the rows it deleted: read there, every one of them looked lost. Such a
condition is read, as a declared expression is, over the path's own database just before
its migration (``midpath_reads`` makes that state): each row's rowid is the start's, so
what it says of a row there says which of the start's rows may be gone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from edi_migrations import changes as ch
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.runner.discovery import Migration

WHERE = "where"  # Declared.midpath's kind of a deletion's condition: ("where", table, where)
Reads = Callable[[Snapshot, str, str], object]  # None: the start lacks what it reads


def as_value(where: str) -> str:
    """The condition as an expression over a row: 1 where it holds, else 0."""
    return f"CASE WHEN ({where}) THEN 1 ELSE 0 END"


def conditions_needed(
    declared: Declared, before: Snapshot, ran: Sequence[Migration], reads: Reads
) -> dict[tuple[str, str, str], tuple[int, str, str]]:
    """("where", table, where) -> (the declaring migration's version, its table as it
    names it, the condition as a value) for each deletion of the path (``ran``: its
    migrations) that is not its first migration's and reads what the start lacks."""
    out = {}
    for table, conditions in declared.deleted.items():
        for where in conditions:
            at, written = _declaring(ran, where)
            if at and reads(before, written, as_value(where)) is None:
                out[(WHERE, table, where)] = (ran[at].version, written, as_value(where))
    return out


def _declaring(ran: Sequence[Migration], where: str) -> tuple[int, str]:
    """The index in ``ran`` of the last migration declaring a deletion by ``where``, and
    the table it names (0 and "" where the path's first migration or none does)."""
    for i in range(len(ran) - 1, 0, -1):
        for change in ran[i].changes:
            if isinstance(change, ch.DeleteRows) and change.where == where:
                return i, change.table
    return 0, ""
