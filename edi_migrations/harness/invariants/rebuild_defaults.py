"""The default an ORM's table rebuild gave a column it added.

SQLite's ALTER TABLE cannot add a NOT NULL column without a DEFAULT, so an ORM adding
one (Django's ``AddField(default=...)``) rebuilds the table and writes the field's
default into every copied row (``INSERT INTO "new__t" (...) SELECT ..., 0 FROM "t"``),
leaving no DEFAULT in the schema. That one value is the column's default at its
addition: an addition, like a DEFAULT's, not a change to existing data. Different values
per row are a backfill and still need declaring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations.harness.invariants.values import value_key

if TYPE_CHECKING:
    from edi_migrations.harness.dbstate import TableRows, Value
    from edi_migrations.schema.model import Column


def rebuild_default(column: Column, old: TableRows, new: TableRows | None) -> Value | None:
    """The one value every row ``old`` held reads in ``column``, a NOT NULL column without
    a DEFAULT added to ``new``; None where there is no such single value."""
    if new is None or not column.notnull or column.default is not None:
        return None
    if column.name not in new.columns:
        return None
    j = new.columns.index(column.name)
    seen = {value_key(new.rows[r][j]): new.rows[r][j] for r in old.rows.keys() & new.rows.keys()}
    return next(iter(seen.values())) if len(seen) == 1 else None
