"""The error family of edi-migrations.

One base class; each subclass keeps its facts as attributes and builds a one-line
message that names the database, the version and the broken invariant, and says
what to do next (the alembic model). The CLI prints ``str(error)`` and exits 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from edi_migrations import error_advice
from edi_migrations.shell_words import shell_arg

if TYPE_CHECKING:
    from edi_migrations.integrity.fk_facts import Violation


class MigrationError(Exception):
    """Base class: every refusal or failure of edi-migrations."""


class Refused(MigrationError):
    """Nothing was done: the database named by ``path`` (and its -wal/-journal) is left
    exactly as it was. Catch this to know the file is safe to use as it is."""

    path: Path


class RolledBack(MigrationError):
    """A step failed and was rolled back whole: the database stayed at ``version``
    (steps of the same run before ``migration`` stay committed)."""

    path: Path
    migration: str
    version: int


class DatabaseMissing(Refused):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: no such database; create one with `edi-migrate init {shell_arg(path)}` "
            + error_advice.INIT
        )


class DatabaseEmpty(Refused):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: database holds no tables of this chain (empty file); "
            f"create one with `edi-migrate init {shell_arg(path)}` {error_advice.INIT}"
        )


class NotADatabase(Refused):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"{path}: not a database of this migration chain: {reason}; file left unchanged"
        )


class CorruptDatabase(Refused):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"{path}: integrity_check failed: {_one_line(detail, 300)}; file left unchanged "
            "(restore a backup with `edi-migrate restore`)"
        )


class UnknownVersion(Refused):
    def __init__(
        self,
        path: Path,
        version: object,
        known: int,
        what: str = "database",
        folder: Path | None = None,
    ) -> None:
        self.path = path
        self.version = version
        self.known = known
        chain = f"the chain at {folder}" if folder is not None else "the chain at hand"
        lowest = 1 if what == "baseline" else 0  # baseline records versions 1..N
        advice = error_advice.NEWER if what == "database" else "choose one of those"
        super().__init__(
            f"{path}: {what} version {version!r} is not one {chain} knows "
            f"(it knows v{lowest}..v{known}); {advice}; file left unchanged"
        )


class SchemaDrift(Refused):
    def __init__(self, path: Path, version: int, differences: list[str]) -> None:
        self.path = path
        self.version = version
        self.differences = differences
        shown = error_advice.first_differences(differences)
        super().__init__(
            f"{path}: schema drifted from v{version}: {shown}; file left unchanged "
            f"(inspect with `edi-migrate status`, or {error_advice.ALLOW_DRIFT} to proceed)"
        )


class ChangedMigration(Refused):
    def __init__(self, path: Path, migration: str, recorded: str, actual: str) -> None:
        self.path = path
        self.migration = migration
        self.recorded = recorded
        self.actual = actual
        super().__init__(
            f"{path}: migration {migration} was applied with checksum {recorded[:12]} but its "
            f"source now has {actual[:12]}; applied migrations must not change "
            f"({error_advice.ALLOW_CHANGED} to proceed)"
        )


class WrongDirection(Refused):
    def __init__(self, path: Path, current: int, target: int, command: str) -> None:
        self.path = path
        self.current = current
        self.target = target
        instead = error_advice.use_instead(command, target)
        super().__init__(f"{path}: is at v{current}, target v{target}: {instead}")


class DowngradeUnavailable(Refused):
    def __init__(self, path: Path, migration: str) -> None:
        self.path = path
        self.migration = migration
        super().__init__(
            f"{path}: migration {migration} has no downgrade() (none, or one that only raises "
            "NotImplementedError); restore a backup instead"
        )


class MigrationFailed(RolledBack):
    """A migration raised; the runner rolled its transaction back."""

    def __init__(
        self,
        path: Path,
        migration: str,
        from_version: int,
        statement: str | None,
        cause: BaseException,
    ) -> None:
        self.path = path
        self.migration = migration
        self.from_version = from_version
        self.version = from_version
        self.statement = statement
        self.cause = cause
        from edi_migrations.runner.cause_hints import cause_hint

        where = f" at statement: {_one_line(statement)}" if statement else ""
        super().__init__(
            f"{path}: migration {migration} failed{where}: {type(cause).__name__}: "
            f"{_one_line(str(cause))}{cause_hint(statement, cause)}; rolled back, "
            f"database still at v{from_version}"
        )


class TransactionEnded(RolledBack):
    def __init__(self, path: Path, migration: str, from_version: int) -> None:
        self.path = path
        self.migration = migration
        self.version = from_version
        super().__init__(
            f"{path}: migration {migration} tried to end the runner's transaction "
            f"(COMMIT/ROLLBACK/BEGIN belong to the runner); rolled back, database still at "
            f"v{from_version}; remove it (conn.commit(), a COMMIT or BEGIN statement): the "
            "runner commits each migration with its version"
        )


class ForeignKeyViolation(RolledBack):
    """New dangling references (``fk_facts``): which, and what to do about them."""

    def __init__(
        self,
        path: Path,
        migration: str,
        from_version: int,
        rows: list[Violation],
        missing_parents: frozenset[str] = frozenset(),  # parent tables that do not exist
        written_parents: frozenset[str] = frozenset(),  # parents the migration wrote (casefolded)
    ) -> None:
        from edi_migrations.integrity.fk_facts import advice, sample_rows

        self.path, self.migration, self.version = path, migration, from_version
        self.rows, self.missing_parents = rows, missing_parents
        super().__init__(
            f"{path}: migration {migration} left {len(rows)} new foreign-key violation(s) "
            f"({sample_rows(rows)}); rolled back, database still at v{from_version}. "
            f"{advice(rows, missing_parents, written=written_parents)}"
        )


class AlreadyApplied(MigrationError):
    """Raised by a migration's own upgrade() when run on a database already past it."""

    def __init__(self, migration: str, evidence: str) -> None:
        self.migration = migration
        super().__init__(f"migration {migration} is already applied ({evidence}); nothing done")


class BackupFailed(Refused):
    def __init__(
        self, path: Path, dest: Path | str, cause: BaseException, then: str = "nothing was migrated"
    ) -> None:
        self.path = path
        self.dest = dest
        self.cause = cause
        super().__init__(f"{path}: backup to {dest} failed: {_one_line(str(cause))}; {then}")


class DatabaseBusy(MigrationError):
    def __init__(
        self, path: Path, seconds: float, cause: BaseException, reached: int | None = None
    ) -> None:
        self.path = path
        self.reached = reached
        where = (
            "nothing changed"
            if reached is None
            else f"database at v{reached} (the steps before were committed)"
        )
        super().__init__(
            f"{path}: database is locked by another connection (waited {seconds:g} s): "
            f"{_one_line(str(cause))}; {where}, retry when the app is idle"
        )


class MovedByAnother(MigrationError):
    """Another process took the database off this run's path while it waited for the lock."""

    def __init__(self, path: Path, start: int, found: int | None, target: int) -> None:
        self.path = path
        self.start = start
        self.found = found
        self.target = target
        now = "no recorded version" if found is None else f"v{found}"
        super().__init__(
            f"{path}: another process moved the database to {now} while this run was taking "
            f"it from v{start} to v{target}; stopped, left as that process left it (steps "
            "this run committed stay committed), run again"
        )


class ReadOnlyDatabase(Refused):
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            f"{path}: {what} is read-only, and migrating writes the database and its journal "
            "beside it; file left unchanged"
        )


class CannotOpen(Refused):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: cannot open the database: {reason}; file left unchanged")


class ForeignChain(Refused):
    """The database's log names migrations the chain at hand does not have."""

    def __init__(self, path: Path, folder: Path | None, names: list[str]) -> None:
        self.path = path
        self.names = names
        shown = ", ".join(names[:6]) + (f" (+{len(names) - 6} more)" if len(names) > 6 else "")
        chain = f"the chain at {folder}" if folder is not None else "the chain at hand"
        super().__init__(
            f"{path}: migrated by another chain: {shown}, which {chain} does not have; "
            "pass --migrations-dir (Python: migrations_dir=) its folder; file left unchanged"
        )


def baseline_command(path: Path, version: int, folder: Path | None) -> str:
    where = f" --migrations-dir {shell_arg(folder)}" if folder is not None else ""
    command = f"`edi-migrate baseline {shell_arg(path)} --version {version}{where}`"
    return f"{command} {error_advice.baseline_call(version)}"


class UnrecordedDatabase(Refused):
    """No version recorded, and the schema is exactly one version's: adopt it."""

    def __init__(self, path: Path, version: int, folder: Path | None, alike: str = "") -> None:
        self.path = path
        self.version = version
        found = alike or f"its schema is v{version}'s fresh install"
        adopt = f"adopt it with {baseline_command(path, version, folder)}; file left unchanged"
        super().__init__(f"{path}: no migrations recorded, and {found}; {adopt}")


class AlreadyUnderRunner(Refused):
    def __init__(self, path: Path, recorded: int | None) -> None:
        self.path = path
        self.recorded = recorded
        what = f"records v{recorded}" if recorded is not None else "has the runner's tables"
        super().__init__(
            f"{path}: already under the runner (it {what}); baseline only adopts a database "
            "without schema_version and migration_log: use "
            f"`edi-migrate upgrade {shell_arg(path)}` {error_advice.UPGRADE}; file left unchanged"
        )


class BaselineMismatch(Refused):
    """The schema is not the fresh install of the version asked for: every difference."""

    def __init__(
        self,
        path: Path,
        version: int,
        differences: list[str],
        matching: int | None,
        folder: Path | None,
    ) -> None:
        self.path = path
        self.version = version
        self.differences = differences
        hint = (
            f"; its schema is v{matching}'s: {baseline_command(path, matching, folder)}"
            if matching is not None
            else ""
        )
        super().__init__(
            f"{path}: schema is not v{version}'s fresh install: {'; '.join(differences)}"
            f"{hint}; nothing recorded, file left unchanged"
        )


class BadMigrationsFolder(MigrationError):
    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        super().__init__(f"{folder}: {reason}")


def _one_line(text: str | None, limit: int = 160) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
