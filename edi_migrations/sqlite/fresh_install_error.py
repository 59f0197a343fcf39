"""The refusal a migration failing on the in-memory fresh install becomes.

``status``, ``baseline`` and every drift check build a version's fresh install in memory
while the user's file is open to read; a migration failing there (a table only the app's
connect attaches for a file) surfaced as "cannot open the database", about a file that
opened fine (``runner/fresh_breaks.py`` marks the error; ``classify`` says it so).
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import Refused


class FreshInstallFailed(Refused):
    """A migration failed on the fresh install built in memory to compare the file's
    schema with: the file itself opened fine."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}; file left unchanged")
