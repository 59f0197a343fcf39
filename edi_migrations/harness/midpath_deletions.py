"""Which declared deletions of a path are replayed with the triggers of their own time.

A ``DeleteRows`` is replayed on a copy of the start so that the app's triggers and views
follow the rows as they leave (``invariants.declared_replay``). On a jump the deletion of
migration M ran with the triggers the migrations before M left, not the start's: grocy's
meal plan entries leave with 0089, and the trigger that rebuilds the internal recipes as
they go arrives with 0073. The harness cannot see from a migration's code whether it
makes or drops a trigger; a fresh install at M's version - 1 tells which triggers a
database holds just before M. Where the start holds the same (by name, table and
canonical SQL), the start is that state for the replay, and nothing more runs; else
(and where there is no fresh install to ask) a deletion of a migration that is not the
path's first, of a table whose start holds rows, is replayed with the triggers of the
database just before M (``midpath_reads`` makes that state; a warm run pays a file
copy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from edi_migrations import changes as ch
from edi_migrations.harness.invariants.composed import table_end, undo
from edi_migrations.harness.invariants.declared import DELETE_CONDITION, Declared
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.runner.discovery import Migration

DELETE = DELETE_CONDITION  # Declared.midpath's kind of a deletion: (kind, table, where)


def deletions_needed(
    declared: Declared,
    before: Snapshot,
    ran: Sequence[Migration],
    fresh_schema: Callable[[int], str] | None = None,
) -> dict[tuple[str, str, str], int]:
    """("delete", table, where) -> the version of the migration declaring it, for each
    deletion of the path (``ran``: its migrations) that is not its first migration's,
    finds rows of the start (none: no trigger fires on the replay) and, as far as the
    fresh install at its version - 1 (``fresh_schema``) tells, other triggers."""
    back = undo(declared.renames)
    start = {t.render() for t in before.model.triggers.values()}
    out = {}
    for table, conditions in declared.deleted.items():
        rows = before.state.tables.get(table_end(table, back))
        if rows is None or not rows.rows:
            continue
        for where in conditions:
            at = next((i for i in range(len(ran) - 1, -1, -1) if deleting(ran, i, (table, where))), 0)
            version = ran[at].version
            if at and (fresh_schema is None or _triggers(fresh_schema(version - 1)) != start):
                out[(DELETE, table, where)] = version
    return out


def _triggers(schema: str) -> set[str]:
    """The trigger blocks of a schema model's text (``Schema.render``)."""
    return {b.rstrip("\n") for b in schema.split("\n\n") if b.startswith("trigger ")}


def deleting(ran: Sequence[Migration], i: int, deletion: tuple[str, str]) -> list[ch.DeleteRows]:
    """The deletions ``ran[i]`` declares under ``deletion``'s condition of its table (named
    as at the path's end): one condition may be declared for several tables."""
    table, where = deletion
    changes = ran[i].changes
    later = [c for m in ran[i + 1 :] for c in m.changes]
    return [
        c
        for n, c in enumerate(changes)
        if isinstance(c, ch.DeleteRows)
        and c.where == where
        and table_end(c.table, [*changes[n + 1 :], *later]).casefold() == table.casefold()
    ]


def deleted_table(ran: Sequence[Migration], i: int, deletion: tuple[str, str]) -> str:
    """The table ``ran[i]``'s deletion names, as that migration wrote it."""
    return deleting(ran, i, deletion)[0].table
