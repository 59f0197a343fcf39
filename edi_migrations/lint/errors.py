"""Refusals of the floor check and the lint: a declaration they cannot read."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import MigrationError


class BadFloor(MigrationError):
    """The declared SQLite floor is not a version (``[tool.edi-migrations]``)."""

    def __init__(self, where: Path | str, value: object) -> None:
        self.where = where
        self.value = value
        super().__init__(
            f"{where}: sqlite-floor {value!r} is not a SQLite version X.Y or X.Y.Z "
            '(e.g. sqlite-floor = "3.31")'
        )


class BadAcknowledgement(MigrationError):
    """A migration's ``LINT_ACKNOWLEDGED`` names no known rule or gives no reason."""

    def __init__(self, migration: str, code: object, reason: str) -> None:
        self.migration = migration
        self.code = code
        super().__init__(f"{migration}: LINT_ACKNOWLEDGED[{code!r}]: {reason}")
