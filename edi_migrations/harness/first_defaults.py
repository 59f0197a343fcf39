"""The DEFAULT a column added on a path had when a migration of the path added it.

``holds_first_default`` lets the rows that existed at a path's start hold one value in
a column added on the path whose DEFAULT the path declares changed: the DEFAULT it was
added with, which the end's schema no longer says. Any one value passed, so a migration
filling every old row with one wrong constant (or the new DEFAULT's rebuild copying a
constant in place of the column) passed as well. The first DEFAULT is read from the
fresh install of the first version of the path that has the column: the only value the
old rows may all hold. A column not found there by name (renamed since) is judged by
the end's DEFAULT, as any new column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from edi_migrations.harness.connect import connect
from edi_migrations.harness.dbstate import Value, read_model
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.snapshot import Snapshot
from edi_migrations.harness.invariants.sql_eval import added_default


def with_first_defaults(
    declared: Declared,
    before: Snapshot,
    versions: range,
    fresh_install: Callable[[int], Path],
) -> Declared:
    """``declared`` with the first DEFAULT of each column new on the path (``versions``:
    the path's targets, lowest first) whose DEFAULT it declares changed."""
    wanted = [
        (table, column)
        for table, kind, column in declared.changed_constraints
        if kind == "default" and column is not None and _new(before, table, column)
    ]
    found: dict[tuple[str, str], Value] = {}
    for version in versions:
        if len(found) == len(wanted):
            break
        with closing(connect(str(fresh_install(version)))) as conn:
            model = read_model(conn)
        for table, column in wanted:
            if (table, column) in found:
                continue
            t = next((m for n, m in model.tables.items() if n.casefold() == table.casefold()), None)
            c = next((c for c in t.columns if c.name.casefold() == column.casefold()), None) if t else None
            if c is not None:
                found[(table, column)] = added_default(c.type or "", c.default)
    return dataclasses.replace(declared, first_defaults=found) if found else declared


def _new(before: Snapshot, table: str, column: str) -> bool:
    """Whether ``table`` exists at the path's start without ``column``."""
    old = before.state.tables.get(table)
    return old is not None and column not in old.columns
