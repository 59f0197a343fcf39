"""What the invariants compare, read once from a database: its own module so that each
invariant can name it without importing the module that reads it (no import circle)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from edi_migrations.harness.dbstate import DatabaseState
from edi_migrations.integrity.fk_facts import Violation
from edi_migrations.schema.model import Schema


@dataclass(frozen=True)
class Snapshot:
    """Everything the invariants compare: schema, rows, view rows, FK violations, and the
    virtual tables whose index does not answer for its content (name -> why)."""

    state: DatabaseState
    model: Schema
    views: dict[str, Counter]
    view_errors: dict[str, str]
    foreign_key_violations: frozenset[Violation]
    integrity: tuple[str, ...]
    index_problems: dict[str, str] = field(default_factory=dict)
    view_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # view -> names
