"""What a ``downgrade()`` keeps or drops only for some data, declared: left out of the
up->down comparison.

A down may drop a table only when it is empty (the rows the user saved there stay for
them to export): whether the table is there after the down depends on the data, as an
up's ``DependsOnData`` says for a fresh install. Declared in ``DOWNGRADE_CHANGES`` as
``DependsOnData("table", name)``, the object (and what is on it) is compared only where
both sides have it; present on one side only it was a false alarm.
"""

from __future__ import annotations

from edi_migrations.changes import DependsOnData
from edi_migrations.harness.invariants.runs import UserState
from edi_migrations.harness.invariants.schema_blocks import blocks, without_objects
from edi_migrations.runner.discovery import Migration


def without_data_dependent(
    lower: UserState, now: UserState, migration: Migration
) -> tuple[UserState, UserState]:
    """``lower`` and ``now`` less each object the down declares ``DependsOnData`` that
    only one of them has."""
    declared = {
        (c.kind.casefold(), c.name.casefold())
        for c in migration.downgrade_changes
        if isinstance(c, DependsOnData)
    }
    if not declared:
        return lower, now
    have = [{(k.casefold(), n.casefold()): (k, n) for k, n in blocks(s[0])} for s in (lower, now)]
    one_side = {
        side[key]
        for side in have
        for key in declared
        if key in side and (key in have[0]) != (key in have[1])
    }
    return _without(lower, one_side), _without(now, one_side)


def _without(state: UserState, objects: set[tuple[str, str]]) -> UserState:
    if not objects:
        return state
    schema, tables = state
    gone = {name for kind, name in objects if kind == "table"}
    kept = {name: table for name, table in tables.items() if name not in gone}
    return without_objects(schema, frozenset(objects)), kept
