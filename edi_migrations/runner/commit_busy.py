"""A step whose COMMIT another connection kept waiting: a busy database, not a failed
migration.

On a rollback-journal database, COMMIT needs every reader gone; an app holding a read
transaction open past ``--busy-timeout`` made the refusal read "migration 0002_tags
failed at statement: COMMIT", blaming a sound migration. It is a
:class:`~edi_migrations.errors.DatabaseBusy` (retry when the app is idle) and a
:class:`~edi_migrations.errors.RolledBack` (the step was undone whole).
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import DatabaseBusy, RolledBack


class CommitBusy(DatabaseBusy, RolledBack):
    def __init__(
        self, path: Path, migration: str, from_version: int, seconds: float, cause: BaseException
    ) -> None:
        DatabaseBusy.__init__(self, path, seconds, cause, from_version)
        self.migration = migration
        self.version = from_version
        self.args = (
            f"{path}: database is locked by another connection: its open transaction kept "
            f"the COMMIT of {migration} waiting {seconds:g} s; rolled back, database still "
            f"at v{from_version}, retry when the app is idle",
        )
