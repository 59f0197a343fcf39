"""What of the older build's schema its statements need beyond names: a column's affinity,
the UNIQUE keys its upserts name, the triggers its writes fire.

The older app's statements hold only while each column stores as it did (its affinity:
``VARCHAR(20)`` and ``TEXT`` store alike, so a rebuild that respells a type changes
nothing the app does; an ``INTEGER PRIMARY KEY`` respelled ``INT``, or given ``DESC``, is
no rowid alias any more: schema/rowid_alias.py), while each UNIQUE key it had is still
one (``INSERT ... ON CONFLICT(slug)`` fails without it, and duplicates it never expected
go in) comparing each column with the same collation (a case-blind ``NOCASE`` key made
plain lets ``'A'`` in beside ``'a'``: said as the collation, not as a key missing), and
while each of its triggers still fires (an audit table the app reads is filled by one).
A key may move from an index into a table constraint (or take its collation from the
column's own ``COLLATE``), and a trigger be redefined under its name, firing
as it did: at the same time (``BEFORE``, ``AFTER``, ``INSTEAD OF``) of the same event on the
same table (one now on ``UPDATE`` leaves the app's inserts unlogged). Names are SQLite's,
without case: a rebuild spelling ``id`` as ``ID`` changes nothing the app finds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from edi_migrations.schema import tokens as sqltext
from edi_migrations.schema.affinity import affinity
from edi_migrations.schema.model import Body, Column, Schema, Table

T = TypeVar("T")
TIMES = frozenset({"before", "after", "instead"})
EVENTS = frozenset({"delete", "insert", "update"})


def folded(named: Mapping[str, T]) -> dict[str, T]:
    """``named`` by its names without case, as SQLite finds them."""
    return {name.casefold(): value for name, value in named.items()}


def column_in(table: Table, name: str) -> Column | None:
    """``table``'s column ``name``, whatever its case."""
    return next((c for c in table.columns if c.name.casefold() == name.casefold()), None)


def _rowid_alias(table: Table, column: Column) -> bool:
    """Whether ``column`` is ``table``'s rowid (``id INTEGER PRIMARY KEY DESC`` is not)."""
    return (table.rowid_alias or "").casefold() == column.name.casefold()


def rowid_change(kept: Table, now: Table, column: Column, found: Column, head: int) -> str | None:
    """How ``column`` stopped (or started) being its table's rowid, its type spelled alike
    (a rebuild ``WITHOUT ROWID``): said as such, not as "INTEGER, the app's INTEGER"."""
    if found.type != column.type or _rowid_alias(kept, column) == _rowid_alias(now, found):
        return None
    if _rowid_alias(kept, column):
        return f"no rowid alias any more (the v{head} app's is one)"
    return f"a rowid alias now (the v{head} app's is not)"


def retyped(kept: Table, now: Table, column: Column, found: Column) -> bool:
    """Whether the older app's ``column`` stores otherwise as ``found``."""
    if affinity(found.type) != affinity(column.type):
        return True
    return _rowid_alias(kept, column) != _rowid_alias(now, found)


Key = tuple[frozenset[tuple[str, str]], str | None]


def _part(column: str) -> tuple[str, str]:
    """An index column as the model spells it (``slug collate nocase desc``): its name and
    its collation, without case (an index column names its collation only where it is
    not BINARY, whether the column's COLLATE or the key's own gave it)."""
    name, _, collation = column.removesuffix(" desc").partition(" collate ")
    return name.casefold(), (collation or "binary").casefold()


def _keys(schema: Schema, table: Table) -> dict[Key, tuple[str, ...]]:
    """Each UNIQUE key of ``table`` (its columns and the collation each compares with, a
    partial index's WHERE): as an upsert's ``ON CONFLICT`` finds one, whatever order or
    kind (constraint, index) holds it."""
    listed = [(cols, None) for cols in table.uniques]
    primary = table.key or tuple(c.name for c in sorted(table.columns, key=lambda c: c.pk) if c.pk)
    listed += [(primary, None)] if primary else []
    listed += [
        (i.columns, i.where) for i in schema.indexes.values() if i.table == table.name and i.unique
    ]
    return {(frozenset(map(_part, cols)), where): cols for cols, where in listed}


def _collated_otherwise(table: str, key: Key, there: Key, cols: tuple[str, ...], head: int) -> str:
    """The older app's key, there on the same columns but comparing some with another
    collation (``'A'`` and ``'a'`` one key, or two): said as such, not as missing."""
    now = dict(there[0])
    differ = sorted((name, was, now[name]) for name, was in key[0] if now[name] != was)
    names = ", ".join(c.removesuffix(" desc").partition(" collate ")[0] for c in cols)
    said = " and ".join(f"{name} with COLLATE {new.upper()}" for name, _, new in differ)
    was = " and ".join(f"{name} with COLLATE {old.upper()}" for name, old, _ in differ)
    was = was if len(differ) > 1 else was.partition(" ")[2]  # one column: named once
    return f"UNIQUE ({names}) of {table} compares {said}, the v{head} app's key {was}"


def fires(trigger: Body) -> str:
    """When ``trigger`` fires: its time, its event (an ``UPDATE OF``'s columns in order)
    and its table, canonical (``before insert on notes``; no time is ``BEFORE``)."""
    toks = sqltext.tokens(trigger.sql)
    on = toks.index("on") if "on" in toks else len(toks)
    head = toks[:on]
    start = next((i for i, t in enumerate(head) if t in TIMES | EVENTS), len(head))
    clause = head[start:]
    if not clause or clause[0] not in TIMES:
        clause = ["before", *clause]
    if clause[:2] == ["instead", "of"]:
        clause = ["instead of", *clause[2:]]
    if "of" in clause[1:]:
        at = clause.index("of", 1)
        columns = sorted(t for t in clause[at + 1 :] if t != ",")
        clause = [*clause[: at + 1], ", ".join(columns)]
    return f"{' '.join(clause)} on {trigger.table.casefold()}"


def _triggers(kept: Schema, actual: Schema) -> list[str]:
    """Each trigger of the older head gone, or firing otherwise under its name."""
    there = folded(actual.triggers)
    problems = []
    for name, trigger in sorted(kept.triggers.items()):
        now = there.get(name.casefold())
        if now is None:
            problems.append(f"trigger {name} is missing")
        elif fires(now) != fires(trigger):
            problems.append(f"trigger {name} fires {fires(now)}, the older app's {fires(trigger)}")
    return problems


def missing_keys(kept: Schema, actual: Schema, head: int) -> list[str]:
    """Each UNIQUE key of the older head (``head``) no longer in the file, or comparing
    its columns with another collation, and each trigger."""
    problems = []
    tables = folded(actual.tables)
    for name, table in sorted(kept.tables.items()):
        now = tables.get(name.casefold())
        if now is None:
            continue
        there = _keys(actual, now)
        for key, cols in sorted(_keys(kept, table).items(), key=lambda kv: kv[1]):
            if key in there:
                continue
            alike = [k for k in there if k[1] == key[1] and _names(k) == _names(key)]
            if alike:
                problems.append(_collated_otherwise(name, key, min(alike, key=_sorted), cols, head))
                continue
            where = f" WHERE {key[1]}" if key[1] else ""
            problems.append(f"UNIQUE ({', '.join(cols)}){where} of {name} is missing")
    return problems + _triggers(kept, actual)


def _names(key: Key) -> frozenset[str]:
    return frozenset(name for name, _ in key[0])


def _sorted(key: Key) -> list[tuple[str, str]]:
    return sorted(key[0])
