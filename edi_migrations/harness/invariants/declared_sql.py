"""A declared expression SQLite cannot run, reported as the declaration's fault.

``Recompute``, ``Backfill``, ``ChangeType`` and ``DeleteRows`` hold SQL the harness runs
over the rows (on a copy of the start, or just before their migration). A newcomer may
write a sentence there (``"normalised to ISO date"``) or call a function only the
migration registers; SQLite's bare ``OperationalError`` from the harness's own frames
named neither the declaration nor what to do. The places that run such SQL raise
:class:`UnrunnableDeclaration` instead, and a check names the migration declaring it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from edi_migrations.harness.invariants.failure import InvariantFailure

if TYPE_CHECKING:
    from edi_migrations.runner.discovery import Migration
    from edi_migrations.sqlite.dbapi import sqlite3

INVARIANT = "declared changes are SQL"
WHAT_IT_IS = (
    'an expression is SQL over each row as the migration found it (e.g. "trim(title)"), '
    "run by SQLite on the harness's copies"
)
FUNCTION = (
    "a function the migration registers (conn.create_function) is unknown there: "
    "register it for the harness too, in your conftest's edi_migrations_connect fixture"
)


class UnrunnableDeclaration(AssertionError):
    """SQLite refused a declared expression (``expression``) with ``reason``."""

    def __init__(self, expression: str, reason: str) -> None:
        self.expression = expression
        self.reason = reason
        super().__init__("\n".join(self.evidence(f"declared expression {expression!r}")))

    def evidence(self, declaration: str) -> list[str]:
        lines = [f"{declaration} cannot run: {self.reason}", WHAT_IT_IS]
        if self.reason.startswith("no such function"):
            lines.append(FUNCTION)
        return lines


def unrunnable(exc: sqlite3.OperationalError, expression: str) -> UnrunnableDeclaration:
    """What to raise, from ``exc``, where ``expression`` could not be run."""
    return UnrunnableDeclaration(expression, str(exc))


def _declaring(chain: Sequence[Migration], expression: str) -> str:
    """The declaration holding ``expression`` and the migration declaring it."""
    for migration in chain:
        for change in (*migration.changes, *migration.downgrade_changes):
            if expression in (getattr(change, "expression", None), getattr(change, "where", None)):
                return f"{change!r} of {migration.name}"
    return f"declared expression {expression!r}"


@dataclass(frozen=True)
class DeclarationsNamed:
    """Around a check's work: an :class:`UnrunnableDeclaration` becomes the path's broken
    invariant, naming the declaration and its migration (reusable, unlike a generator's)."""

    path_id: str
    chain: Sequence[Migration]

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, UnrunnableDeclaration):
            evidence = exc.evidence(_declaring(self.chain, exc.expression))
            raise InvariantFailure(self.path_id, INVARIANT, evidence) from exc
