"""A UNIQUE index dropped on purpose: one change with two names.

The index is an object (``objects kept``: ``DropObject("index", name)``) and it is the
table's UNIQUE (``constraints kept``: ``DropConstraint(table, "unique", column)``). The
declarations' meaning (docs/declarations.md: ``DropObject`` is "gone on purpose",
``DropConstraint`` a UNIQUE "removed") is the same act here, so either covers both:
asking for the second only after the first was added made a user run twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edi_migrations import changes as ch

if TYPE_CHECKING:
    from edi_migrations.harness.invariants.declared import Declared
    from edi_migrations.schema.model import Index, Schema


def columns_of(index: Index) -> str:
    """The index's columns as ``constraints kept`` keys its UNIQUE ('a, b')."""
    return ", ".join(c.split(" ", 1)[0] for c in index.columns)


def unique_declared_dropped(index: Index, declared: Declared) -> bool:
    """Whether ``DropConstraint`` names the UNIQUE this index is (or every UNIQUE of its table)."""
    dropped = declared.dropped_constraints
    return (index.table, "unique", columns_of(index)) in dropped or (
        (index.table, "unique", None) in dropped
    )


def declared_gone(before: Schema, after: Schema, table: str, declared: Declared) -> frozenset[str]:
    """The UNIQUE indexes of ``table`` the path lost with their drop declared: their
    UNIQUE went with them on purpose."""
    return frozenset(
        name
        for name, index in before.indexes.items()
        if index.unique
        and index.table == table
        and name not in after.indexes
        and ("index", name) in declared.dropped_objects
    )


def lost_line(index: Index) -> str:
    """The ``objects kept`` line for a UNIQUE index lost undeclared: both ways out."""
    drop = ch.source_line(ch.DropObject("index", index.name))
    unique = ch.source_line(ch.DropConstraint(index.table, "unique", columns_of(index)))
    return (
        f"index {index.name} lost, not declared: declare it in CHANGES: {drop} "
        f"(the UNIQUE on {index.table}({columns_of(index)}) goes with it; "
        f"{unique} says the same: either covers both)"
    )
