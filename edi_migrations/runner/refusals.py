"""Refusals of the commands that make or replace a whole file (``init``, ``restore``)."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import Refused
from edi_migrations.shell_words import shell_arg


class AlreadyCreated(Refused):
    """``init`` on a database the runner already brought to a version."""

    def __init__(self, path: Path, version: int) -> None:
        self.path = path
        self.version = version
        super().__init__(
            f"{path}: already exists, at v{version}; init only creates a new database: "
            f"use `edi-migrate upgrade {shell_arg(path)}`; file left unchanged"
        )


class NotABackup(Refused):
    """``restore`` was given a file that is not a backup; ``path`` is the database kept."""

    def __init__(self, backup: Path, path: Path, reason: str) -> None:
        self.path = path
        self.backup = backup
        super().__init__(f"{backup}: not a valid backup: {reason}; {path} left unchanged")
