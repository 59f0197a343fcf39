"""A declared expression's values as their column stores them.

An ``UPDATE t SET c = <expression>`` (or an INSERT of it) stores the result with ``c``'s
affinity: ``strftime('%s', ...)`` gives text, an ``INTEGER`` column holds an integer. So a
``Backfill`` or ``Recompute`` expression's results are expected as the column at the path's
end stores them, not as SQLite first computed them (darktable's film rolls, v27).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.sql_eval import converted

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.snapshot import Snapshot


def as_stored(after: Snapshot, table: str, column: str, values: dict[int, Value]) -> dict[int, Value]:
    """``values`` with ``column``'s affinity applied (unchanged where the column is gone)."""
    model = after.model.tables.get(table)
    found = [c for c in model.columns if c.name.casefold() == column.casefold()] if model else []
    if not found or not values:
        return values
    return dict(zip(values, converted(found[0].type, values.values()), strict=True))
