"""A schema as canonical SQL: the file ``sqlite3`` executes to recreate it.

Pure: ``sqlite_master`` rows in, text out (reading them is :mod:`.schema_dump`'s job).
The objects are the app's own, in a stable order (tables, indexes, views, triggers,
each by name), so a snapshot's diff shows what a migration changed and nothing else.
Left out: what SQLite makes by itself (``sqlite_*`` tables, automatic indexes, a
virtual table's shadow tables, made again by the virtual table) and the runner's own
tables, which the runner creates and normalises on every path, in every project alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from edi_migrations.schema.create_sql import SchemaObject, is_virtual, statement_sql, virtual_module
from edi_migrations.schema.model import BOOKKEEPING_TABLES

__all__ = ["SchemaObject", "schema_sql", "shadow_tables", "snapshot_objects", "statement_sql"]

ORDER = ("table", "index", "view", "trigger")
# What each built-in module's xShadowName accepts: the tables it makes beside its own.
SHADOW_SUFFIXES = {
    "fts5": frozenset({"data", "idx", "content", "docsize", "config"}),
    "fts4": frozenset({"content", "segments", "segdir", "docsize", "stat"}),
    "fts3": frozenset({"content", "segments", "segdir", "docsize", "stat"}),
    "rtree": frozenset({"node", "rowid", "parent"}),
    "rtree_i32": frozenset({"node", "rowid", "parent"}),
    "geopoly": frozenset({"node", "rowid", "parent"}),
}


def shadow_tables(objects: Iterable[SchemaObject]) -> frozenset[str]:
    """The tables a virtual table's module made for it (``<name>_<suffix>``), as SQLite
    itself tells them apart: by the module's own suffixes, not by the prefix alone."""
    objects = list(objects)
    modules = {
        o.name.lower(): virtual_module(o.sql or "").lower()
        for o in objects
        if o.kind == "table" and is_virtual(o.sql)
    }
    shadows = set()
    for o in objects:
        base, _, suffix = o.name.rpartition("_")
        module = modules.get(base.lower())
        if o.kind == "table" and module and suffix.lower() in SHADOW_SUFFIXES.get(module, ()):
            shadows.add(o.name)
    return frozenset(shadows)


def snapshot_objects(objects: Iterable[SchemaObject]) -> tuple[SchemaObject, ...]:
    """The objects a schema file holds, in its order."""
    objects = list(objects)
    left_out = shadow_tables(objects) | BOOKKEEPING_TABLES
    kept = [
        o
        for o in objects
        if o.sql is not None
        and not o.name.lower().startswith("sqlite_")
        and o.name not in left_out
        and o.table not in left_out
    ]
    return tuple(sorted(kept, key=lambda o: (ORDER.index(o.kind), o.name)))


# The runner's tables the header names: those it always named, so a file written before
# a later runner table (schema_compatibility, also left out) stays byte-identical.
HEADER_TABLES = ("migration_log", "schema_version")


def schema_sql(objects: Iterable[SchemaObject], title: str) -> str:
    """The whole file: a comment naming it, then each statement, a blank line apart."""
    runner_tables = ", ".join(HEADER_TABLES)
    header = (
        f"-- {title}, written by edi-migrations; review the diff\n"
        f"-- sqlite3 new.db < this file recreates it; the runner's own tables "
        f"({runner_tables}) are left out: the runner makes them\n"
    )
    statements = [statement_sql(o) for o in snapshot_objects(objects)]
    return header + "".join(f"\n{s}\n" for s in statements)
