"""Refusals of the commands that make or replace a whole file (``init``, ``restore``)."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.error_advice import first_differences
from edi_migrations.errors import Refused
from edi_migrations.shell_words import shell_arg


class AlreadyCreated(Refused):
    """``init`` on a database the runner already brought to a version."""

    def __init__(self, path: Path, version: int) -> None:
        self.path = path
        self.version = version
        super().__init__(
            f"{path}: already exists, at v{version}; init only creates a new database: "
            f"use `edi-migrate upgrade {shell_arg(path)}` (Python: upgrade(...)); file left unchanged"
        )


class NotABackup(Refused):
    """``restore`` was given a file that is not a backup; ``path`` is the database kept."""

    def __init__(self, backup: Path, path: Path, reason: str) -> None:
        self.path = path
        self.backup = backup
        super().__init__(f"{backup}: not a valid backup: {reason}; {path} left unchanged")


class NearlyAVersion(Refused):
    """No version recorded, and the schema has this chain's tables but is no version's."""

    def __init__(self, path: Path, closest: int, differences: list[str]) -> None:
        self.path = path
        self.closest = closest
        self.differences = differences
        shown = first_differences(differences)
        super().__init__(
            f"{path}: no migrations recorded, and its schema is no version's fresh install; "
            f"closest is v{closest}: {shown}; make it match a version, then adopt it "
            f"with `edi-migrate baseline {shell_arg(path)} --version N` (which lists every "
            "difference); file left unchanged"
        )
