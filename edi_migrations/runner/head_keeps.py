"""What of the older build's schema its statements need beyond names: a column's affinity,
the UNIQUE keys its upserts name, the triggers its writes fire.

The older app's statements hold only while each column stores as it did (its affinity:
``VARCHAR(20)`` and ``TEXT`` store alike, so a rebuild that respells a type changes
nothing the app does; an ``INTEGER PRIMARY KEY`` respelled ``INT`` is no rowid alias
any more), while each UNIQUE key it had is still one (``INSERT ... ON CONFLICT(slug)``
fails without it, and duplicates it never expected go in), and while each of its
triggers still fires (an audit table the app reads is filled by one). A key may move
from an index into a table constraint, and a trigger be redefined under its name.
"""

from __future__ import annotations

from edi_migrations.schema.affinity import affinity
from edi_migrations.schema.model import Column, Schema, Table


def _rowid_alias(table: Table, column: Column) -> bool:
    keyed = [c for c in table.columns if c.pk]
    return keyed == [column] and column.type == "INTEGER" and not table.without_rowid


def retyped(kept: Table, now: Table, column: Column, found: Column) -> bool:
    """Whether the older app's ``column`` stores otherwise as ``found``."""
    if affinity(found.type) != affinity(column.type):
        return True
    return _rowid_alias(kept, column) != _rowid_alias(now, found)


Key = tuple[frozenset[str], str | None]


def _keys(schema: Schema, table: Table) -> dict[Key, tuple[str, ...]]:
    """Each UNIQUE key of ``table`` (its columns, a partial index's WHERE): as an upsert's
    ``ON CONFLICT`` finds one, whatever order or kind (constraint, index) holds it."""
    listed = [(cols, None) for cols in table.uniques]
    primary = table.key or tuple(c.name for c in sorted(table.columns, key=lambda c: c.pk) if c.pk)
    listed += [(primary, None)] if primary else []
    listed += [
        (i.columns, i.where) for i in schema.indexes.values() if i.table == table.name and i.unique
    ]
    return {
        (frozenset(c.removesuffix(" desc") for c in cols), where): cols for cols, where in listed
    }


def missing_keys(kept: Schema, actual: Schema) -> list[str]:
    """Each UNIQUE key of the older head no longer in the file, and each trigger."""
    problems = []
    for name, table in sorted(kept.tables.items()):
        now = actual.tables.get(name)
        if now is None:
            continue
        there = _keys(actual, now)
        for key, cols in sorted(_keys(kept, table).items(), key=lambda kv: kv[1]):
            if key not in there:
                where = f" WHERE {key[1]}" if key[1] else ""
                problems.append(f"UNIQUE ({', '.join(cols)}){where} of {name} is missing")
    problems += [
        f"trigger {t} is missing" for t in sorted(kept.triggers.keys() - actual.triggers.keys())
    ]
    return problems
