"""Find, order and checksum the migration files of a versions folder.

A migration is a module ``NNNN_name.py`` with ``upgrade(conn)``, a docstring (the lint
asks for one) and,
where reversible, ``downgrade(conn)``; optional ``CHANGES`` (declared changes, for
the harness), ``DOWNGRADE_CHANGES``, ``app_writes(conn, ctx)`` (how the app fills
what the migration added, for the harness's databases) and ``LINT_ACKNOWLEDGED``
(lint rules it breaks on purpose, each with why), ``KEEPS_PREVIOUS_APP``
(previous_app_claim.py). Adding a migration is adding one file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import edi_migrations.changes as changes_module
from edi_migrations.changes import Change
from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.runner.declared_changes import declared
from edi_migrations.runner.declined_downgrade import declines
from edi_migrations.runner.folder_listing import Listing, list_folder
from edi_migrations.runner.foreign_once import refuse_foreign_once
from edi_migrations.runner.helper_bytecode import hash_checked
from edi_migrations.runner.helper_modules import importable_beside, package_of
from edi_migrations.runner.previous_app_claim import claims
from edi_migrations.runner.python_errors import line_in
from edi_migrations.runner.stray_files import refuse_strays
from edi_migrations.runner.wrapping import applied
from edi_migrations.sqlite.dbapi import sqlite3

DEFAULT_DIR = Path(__file__).parent.parent / "versions"
FILENAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.py$")
Stamps = tuple[tuple[str, int, int], ...]  # (file name, changed ns, size) of each file

Step = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    """One migration file: it takes a database from ``version - 1`` to ``version``."""

    version: int
    name: str
    path: Path
    checksum: str
    doc: str
    upgrade: Step
    downgrade: Step | None
    changes: tuple[Change, ...]
    downgrade_changes: tuple[Change, ...]
    legacy_objects: frozenset[str]
    app_writes: Callable[..., object] | None = None  # (conn, ctx): harness.rows.app_data
    lint_acknowledged: tuple[tuple[str, str], ...] = ()  # LINT_ACKNOWLEDGED: (code, why)
    keeps_previous_app: bool = False  # KEEPS_PREVIOUS_APP: app version-1 may start on it

    @property
    def from_version(self) -> int:
        return self.version - 1


def resolve_dir(migrations_dir: str | Path | None) -> Path:
    return Path(migrations_dir).resolve() if migrations_dir is not None else DEFAULT_DIR


def folder_of(chain: Sequence[Migration]) -> Path:
    """The folder a loaded chain was read from (the working directory for an empty one,
    which has nothing to run)."""
    return chain[0].path.parent if chain else Path()


def load_migrations(migrations_dir: str | Path | None = None) -> tuple[Migration, ...]:
    """All migrations of a folder, ordered by number, numbered 1..N without gaps."""
    folder = resolve_dir(migrations_dir)
    if not folder.is_dir():
        raise BadMigrationsFolder(folder, "migrations folder does not exist")
    listing = list_folder(folder)  # one stat a .py file, for every check below
    refuse_foreign_once(listing)  # Alembic's or Django's: say whose, not how to rename
    refuse_strays(folder, listing.names)  # .sql or .PY migrations would not run
    files = sorted(name for name in listing.stats if not name.startswith("_"))
    stamps = tuple((name, *_stamp(listing, name)) for name in files)
    # a helper module beside them: an edit imports every migration again (any may use it)
    helpers = tuple(
        (name, *_stamp(listing, name))
        for name in listing.names
        if name.startswith("_") and name in listing.stats
    )
    return applied(folder, _load(folder, stamps, helpers))  # wrapping.py: the harness's wraps


def _stamp(listing: Listing, name: str) -> tuple[int, int]:
    """When the file last changed, and its size: the inode's change time moves on every
    write and on every ``os.utime`` (the mtime can be put back over new bytes)."""
    stat = listing.stat(name)
    return max(stat.st_mtime_ns, stat.st_ctime_ns), stat.st_size


@lru_cache(maxsize=32)
def _load(folder: Path, stamps: Stamps, helpers: Stamps) -> tuple[Migration, ...]:
    hash_checked(folder, (name for name, *_ in helpers))  # never a helper's old bytecode
    migrations = []
    for expected, (filename, mtime_ns, size) in enumerate(stamps, start=1):
        match = FILENAME.match(filename)
        if not match:
            raise BadMigrationsFolder(
                folder,
                f"{filename}: migration files are named NNNN_snake_name.py"
                + ("" if filename[:1].isdigit() else " (a helper module's name starts with _)"),
            )
        number = int(match.group(1))
        if number != expected:
            raise BadMigrationsFolder(folder, misnumbered(filename, number, expected, stamps))
        migrations.append(_load_unchanged(folder / filename, number, (mtime_ns, size), helpers))
    return tuple(migrations)


def misnumbered(filename: str, number: int, expected: int, stamps: tuple) -> str:
    """Which number is missing, or which file already has this one: what to renumber."""
    rule = "numbers run 0001..N, no gaps, no duplicates"
    if number < expected:  # sorted by name: the file before it has the same number
        before = stamps[expected - 2][0]
        return f"{filename}: number {number:04d} is also {before}'s; renumber one of them ({rule})"
    return f"{filename}: number {expected:04d} is missing before it; renumber it ({rule})"


@lru_cache(maxsize=4096)
def _load_unchanged(path: Path, number: int, stamp: tuple[int, int], helpers: Stamps) -> Migration:
    """One file, read and compiled again only when its stamp or a helper's changed:
    editing the last migration of a long chain re-imports that file alone (the checksum
    is still of its bytes, read when it is loaded)."""
    return _load_one(path, number)


def _load_one(path: Path, number: int) -> Migration:
    source = path.read_bytes()
    digest = hashlib.sha256(source).hexdigest()
    module = _import(path, source, digest)
    upgrade = getattr(module, "upgrade", None)
    if not callable(upgrade):
        raise BadMigrationsFolder(path.parent, f"{path.name}: has no upgrade(conn) function")
    downgrade = getattr(module, "downgrade", None)
    changes = declared(module, "CHANGES", path)
    return Migration(
        version=number,
        name=path.stem,
        path=path,
        checksum=digest,
        doc=(module.__doc__ or "").strip(),  # asked for by the lint (EM116), not here
        upgrade=upgrade,
        downgrade=downgrade if callable(downgrade) and not declines(source) else None,
        changes=changes,
        downgrade_changes=declared(module, "DOWNGRADE_CHANGES", path),
        legacy_objects=frozenset(getattr(module, "LEGACY_OBJECTS", ())),
        app_writes=_callable_or_none(module, "app_writes"),
        lint_acknowledged=_acknowledged(module, path),
        keeps_previous_app=claims(module, path, changes),
    )


def _acknowledged(module: ModuleType, path: Path) -> tuple[tuple[str, str], ...]:
    """``LINT_ACKNOWLEDGED = {"EM107": "why it is safe"}``: lint rules this migration
    breaks on purpose, each with its reason (reported, not failed)."""
    value = getattr(module, "LINT_ACKNOWLEDGED", {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise BadMigrationsFolder(
            path.parent, f'{path.name}: LINT_ACKNOWLEDGED must be a dict {{"EM1xx": "why"}}'
        )
    return tuple(value.items())


def _callable_or_none(module: ModuleType, name: str) -> Callable[..., object] | None:
    value = getattr(module, name, None)
    if value is not None and not callable(value):
        raise BadMigrationsFolder(
            Path(module.__file__ or ".").parent,
            f"{Path(module.__file__ or '?').name}: {name} must be a function (conn, ctx)",
        )
    return value


def _import(path: Path, source: bytes, digest: str) -> ModuleType:
    """The file run as a module, compiled from the bytes its checksum is of (never from
    a bytecode cache: one written for other bytes of the same mtime and size would run
    in their place); one that does not compile or raises as it runs is a refused folder
    naming the file, the error and its line (the error chained)."""
    package = package_of(path.parent)[0]  # a package's migrations import relatively
    name = f"{package}{'.' if package else ''}_migration_{path.stem}_{digest[:16]}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        with importable_beside(path.parent):
            exec(compile(source, str(path), "exec", dont_inherit=True), module.__dict__)  # noqa: S102
    except Exception as exc:  # noqa: BLE001 - whatever the file raised, said as a refusal
        raise BadMigrationsFolder(path.parent, _import_failure(path, exc)) from exc
    return module


def _import_failure(path: Path, exc: Exception) -> str:
    """``NAME: cannot be imported: Type: message (line N)``, N the file's own line."""
    if isinstance(exc, SyntaxError):
        line, message = exc.lineno, exc.msg
    else:
        line, message = line_in(path, exc), str(exc)
    where = f" (line {line})" if line else ""
    return f"{path.name}: cannot be imported: {type(exc).__name__}: {message}{where}" + (
        _missing_import(exc) or _not_a_package(path, exc)
    )


def _not_a_package(path: Path, exc: Exception) -> str:
    """``from ._helpers import x`` in a folder without ``__init__.py``: two ways that work."""
    if not isinstance(exc, ImportError) or "no known parent package" not in str(exc):
        return ""
    return (
        f"; {path.parent.name}/ is not a package: add an empty __init__.py to it, or import "
        "the helper by name (from _helpers import ...: the folder is importable while a "
        "migration loads)"
    )


def _missing_import(exc: Exception) -> str:
    """A declaration pasted from a failure without its import: where it lives."""
    name = getattr(exc, "name", None) if isinstance(exc, NameError) else None
    declared = getattr(changes_module, name, None) if name and name[:1].isupper() else None
    if not (isinstance(declared, type) and issubclass(declared, Change)):
        return ""
    return f"; it is a declaration: from edi_migrations.changes import {name}"
