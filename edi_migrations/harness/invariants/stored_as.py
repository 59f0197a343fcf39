"""A declared expression's text result as an INTEGER column stores it, where nothing is lost.

An ``UPDATE t SET c = <expression>`` stores the result with ``c``'s affinity:
``strftime('%s', ...)`` gives text, an ``INTEGER`` column holds an integer (darktable's film
rolls, v27). Where the text is exactly the integer's own spelling (``'1591005600'``) the
value is the same and the expected value is the stored integer; text the conversion changes
(``'007'`` stored as 7, ``'1.50'``) still fails, as the dirty-data specs require.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.sql_eval import converted

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.snapshot import Snapshot


def _same(found: Value, stored: Value) -> Value:
    """``stored`` where it is ``found``'s text read as an integer without loss, else ``found``."""
    if found[0] == "text" and stored[0] == "integer" and str(stored[1]) == found[1]:
        return stored
    return found


def as_stored(after: Snapshot, table: str, column: str, values: dict[int, Value]) -> dict[int, Value]:
    """``values`` as ``column`` stores them where that loses nothing (else as computed)."""
    model = after.model.tables.get(table)
    found = [c for c in model.columns if c.name.casefold() == column.casefold()] if model else []
    if not found or not any(v[0] == "text" for v in values.values()):
        return values
    stored = converted(found[0].type, values.values())
    return {key: _same(v, s) for (key, v), s in zip(values.items(), stored, strict=True)}
