"""A column added on a path whose DEFAULT a later migration of the path changes.

The rows that were there before the column was added took the DEFAULT it was added
with; a declared DEFAULT change (``ChangeConstraint(table, "default", column=...)``)
gives new rows another, and leaves theirs alone. The end's schema only tells the new
DEFAULT, so such a column may hold, in every row that existed at the path's start, the
DEFAULT it was added with (read from a fresh install: ``harness.first_defaults``); any
other value, one constant in every row too, was filled by something else.
"""

from __future__ import annotations

from edi_migrations.harness.dbstate import TableRows
from edi_migrations.harness.invariants.declared import Declared
from edi_migrations.harness.invariants.values import value_key


def holds_first_default(
    table: str, column: str, tables: tuple[TableRows, TableRows], declared: Declared
) -> bool:
    """Whether new ``column`` of ``table`` (old rows, new rows) is one value throughout
    the rows kept, where the path declares its DEFAULT changed."""
    if (table, "default", column) not in declared.changed_constraints:
        return False
    old, new = tables
    j = new.columns.index(column)
    held = {value_key(new.rows[rowid][j]) for rowid in old.rows.keys() & new.rows.keys()}
    first = declared.first_defaults.get((table, column))
    if first is None:
        return False  # its first DEFAULT unknown: judged by the end's, as any new column
    return held <= {value_key(first), value_key(("null", None))}
