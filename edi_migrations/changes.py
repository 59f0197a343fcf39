"""Changes a migration declares it intends, next to its code.

The harness compares every database before and after a migration; anything that
changed and is not declared here is a failure. Declarations are plain frozen
dataclasses in a module-level ``CHANGES`` tuple of the migration file.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AddColumn:
    """A new column; its values may only be NULL or what a Backfill promises."""

    table: str
    column: str


@dataclass(frozen=True)
class Backfill:
    """``column`` is set where it was NULL (or absent), to ``constant`` or to ``from_column``."""

    table: str
    column: str
    constant: object = None
    from_column: str | None = None


@dataclass(frozen=True)
class AddTable:
    table: str


@dataclass(frozen=True)
class DropColumn:
    table: str
    column: str


@dataclass(frozen=True)
class DropTable:
    table: str


@dataclass(frozen=True)
class DropObject:
    """An index, trigger or view removed on purpose (``kind`` as in sqlite_master)."""

    kind: str
    name: str


@dataclass(frozen=True)
class MigrationTime:
    """A column the migration fills with the time it ran: not compared across runs."""

    table: str
    column: str


@dataclass(frozen=True)
class ReplaceView:
    """A view whose rows may differ afterwards (a corrected definition)."""

    name: str


@dataclass(frozen=True)
class MoveRows:
    """Rows of ``table`` may leave it, each kept as JSON in ``to`` (a quarantine table)."""

    table: str
    to: str


@dataclass(frozen=True)
class RestoreRows:
    """Rows kept as JSON in ``source`` may come back into ``table`` (a downgrade)."""

    table: str
    source: str


Change = (
    AddColumn
    | Backfill
    | AddTable
    | DropColumn
    | DropTable
    | DropObject
    | MigrationTime
    | ReplaceView
    | MoveRows
    | RestoreRows
)
