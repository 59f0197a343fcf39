"""Why a new database file cannot be made at a path, said before SQLite or the OS says it
as a traceback or as "unable to open database file"."""

from __future__ import annotations

import os
from pathlib import Path

from edi_migrations.errors import Refused


class CannotCreate(Refused):
    """The database to create (``init``, or ``restore``'s target) cannot be made there."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot create the database: {reason}; nothing created")


def cannot_create(path: Path, exc: BaseException) -> CannotCreate:
    """The refusal for a file that could not be created at ``path`` (``exc`` the cause)."""
    folder = path.absolute().parent  # "its folder ." would say nothing
    if not folder.exists():
        reason = f"its folder {folder} does not exist (create it first)"
    elif not folder.is_dir():
        reason = f"{folder} is a file, not a folder"
    elif not os.access(folder, os.W_OK):
        reason = f"its folder {folder} is read-only"
    else:
        reason = " ".join(str(exc).split())
    return CannotCreate(path, reason)
