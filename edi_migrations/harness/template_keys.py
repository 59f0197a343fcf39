"""What a start template's key is made of: everything that decides its bytes.

A key changes when any input changes, so a stale template is never reused:

- the chain: each migration up to the template's version, by name and checksum (its
  ``upgrade``, ``CHANGES`` and ``app_writes`` are all in the file);
- the generator: the source of every module of the package but the migrations it
  ships (``versions/``), wherever it lives, so an edited generator rebuilds without
  anyone remembering to bump a version, and moving a module between subpackages
  cannot leave it out of the key;
- the project's code: the source file of the module defining its ``app_writes`` and
  ``connect`` fixtures' callables (a conftest.py, usually) and their names there, and,
  where the project's app writes, every module under the rootdir imported by then (what
  its writer calls) and the data files it reads (``writer_reads``, beside the key);
- the run's seed and size, and the version.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from edi_migrations.runner.discovery import Migration

PACKAGE = Path(__file__).resolve().parent.parent  # edi_migrations/
DIGEST = 12  # hex digits: enough to tell the versions of one checkout apart
SIDES = ("", "-wal", "-journal")  # a database's files, as content_digest reads them


def chain_digest(migrations: Sequence[Migration], version: int) -> str:
    """The migrations that reach ``version``, by name and checksum."""
    joined = "".join(f"{m.name}:{m.checksum};" for m in migrations[:version])
    return short_digest(joined.encode())


def source_digest(files: Iterable[Path], root: Path | None = None) -> str:
    """The files' names (relative to ``root`` where given) and bytes, in a stable order."""
    hasher = hashlib.sha256()
    for path in sorted(files):
        name = path.relative_to(root).as_posix() if root else path.name
        hasher.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()[:DIGEST]


def package_sources(package: Path = PACKAGE) -> list[Path]:
    """Every module of the package but the migrations it ships: the code a start
    database's bytes and a kept snapshot's reading follow from, whatever its folder."""
    return [
        p for p in package.rglob("*.py") if "versions" not in p.relative_to(package).parts
    ]


def package_digest(package: Path = PACKAGE) -> str:
    return source_digest(package_sources(package), root=package)


@lru_cache(maxsize=1)
def own_package_digest() -> str:
    """:func:`package_digest` of this package, read once per process: the harness's and
    the readers' digests both follow from it (each read every module of it)."""
    return package_digest()


@lru_cache(maxsize=1)
def harness_code_digest() -> str:
    """The code that writes a start database's bytes (read once per process), and the
    SQLite library that runs it (another library may lay the same rows out otherwise)."""
    from edi_migrations.sqlite.dbapi import sqlite3

    library = f"{sqlite3.__name__} {sqlite3.sqlite_version}"
    return short_digest(f"{own_package_digest()} {library}")


@lru_cache(maxsize=1)
def reader_code_digest() -> str:
    """The code of the snapshot readers and the classes a kept snapshot unpickles into,
    the SQLite library and Python's version."""
    import sys

    from edi_migrations.sqlite.dbapi import sqlite3

    python = ".".join(map(str, sys.version_info[:2]))
    library = f"{sqlite3.__name__} {sqlite3.sqlite_version} py{python}"
    return short_digest(f"{own_package_digest()} {library}")


def content_digest(database: Path) -> str:
    """A database's bytes with its ``-wal`` and ``-journal``: what anything read from or
    done to it follows from, whoever built it. An empty ``-wal`` is no ``-wal``: it holds
    no commit, and a reader of a WAL file leaves one (journal_settle)."""
    hasher = hashlib.sha256()
    for suffix in SIDES:
        data = side_bytes(database, suffix)
        hasher.update(suffix.encode() + b"\0")
        hasher.update(b"absent" if data is None else data)
    return hasher.hexdigest()[:DIGEST]


def side_bytes(database: Path, suffix: str) -> bytes | None:
    """The bytes of ``database`` + ``suffix``; None where absent, or an empty ``-wal``."""
    side = Path(f"{database}{suffix}")
    if not side.exists():
        return None
    data = side.read_bytes()
    return None if suffix == "-wal" and not data else data


def callable_digest(function: object) -> str:
    """The source file of the module defining ``function`` and its name there (another
    function of the same file is another factory), 'none' for None; the qualified name
    alone where there is no source, as for ``sqlite3.connect``."""
    if function is None:
        return "none"
    name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
    try:
        source = inspect.getsourcefile(function)  # type: ignore[arg-type]
    except TypeError:
        source = None
    if source is None or not Path(source).is_file():
        return short_digest(name.encode())
    return short_digest(f"{source_digest([Path(source)])}.{name}")


def short_digest(data: bytes | str) -> str:
    data = data.encode() if isinstance(data, str) else data
    return hashlib.sha256(data).hexdigest()[:DIGEST]
