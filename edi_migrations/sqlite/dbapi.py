"""The one place that chooses the DB-API module, and so the SQLite library, the runner uses.

A runner meets its users' SQLite, not ours: ``MIGRATIONS_SQLITE_MODULE=NAME`` (read once,
at import; ``EDI_SQLITE_MODULE``, its old name, still read)
puts every connection, ``Connection`` subclass, exception class and constant of
``edi_migrations`` on another module with the sqlite3 API, e.g. ``sqlean`` or
``pysqlite3``, which bundle their own SQLite. Unset or empty: the standard library's
``sqlite3``. Every other file imports it as ``from edi_migrations.sqlite.dbapi import sqlite3``.

The exception classes matter as much as ``connect``: another module's errors are not
subclasses of the standard library's, so an ``except sqlite3.Error`` naming the wrong
module lets them escape the error family.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType

ENV_VAR = "MIGRATIONS_SQLITE_MODULE"
OLD_ENV_VAR = "EDI_SQLITE_MODULE"  # read when ENV_VAR is unset
DEFAULT_MODULE = "sqlite3"

# What edi_migrations uses of the module. Other modules differ from the standard library
# in what it does not use (sqlean and pysqlite3 lack setlimit, serialize, blobopen, iterdump
# and the extended error-code constants), so those are not asked for.
REQUIRED_NAMES = (
    "connect",
    "Connection",
    "Cursor",
    "Error",
    "DatabaseError",
    "OperationalError",
    "IntegrityError",
    "sqlite_version",
    "SQLITE_OK",
    "SQLITE_DENY",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_TRANSACTION",
    "SQLITE_ATTACH",
    "SQLITE_PRAGMA",
    "SQLITE_INSERT",
    "SQLITE_UPDATE",
    "SQLITE_DELETE",
    "SQLITE_CREATE_TABLE",
    "SQLITE_DROP_TABLE",
    "SQLITE_CREATE_TEMP_TABLE",
    "SQLITE_DROP_TEMP_TABLE",
    "SQLITE_DROP_INDEX",
    "SQLITE_DROP_TEMP_INDEX",
)
REQUIRED_METHODS = (
    "backup",
    "set_authorizer",
    "set_trace_callback",
    "set_progress_handler",
    "in_transaction",
)


class SqliteModuleError(ImportError):
    """MIGRATIONS_SQLITE_MODULE names a module that cannot be imported or lacks the sqlite3 API."""


@dataclass(frozen=True)
class InUse:
    """What ``edi-migrate info`` shows: the module, where it came from, its library."""

    module: str
    module_file: str
    chosen_by: str
    sqlite_version: str


def module_name_from(environ: Mapping[str, str]) -> str:
    """The module MIGRATIONS_SQLITE_MODULE (else its old name) names in ``environ``; the
    stdlib's when both are unset or blank."""
    return _choice(environ)[1] or DEFAULT_MODULE


def _choice(environ: Mapping[str, str]) -> tuple[str, str]:
    """(the variable that names the module, the name): the new variable wins."""
    for var in (ENV_VAR, OLD_ENV_VAR):
        name = environ.get(var, "").strip()
        if name:
            return var, name
    return ENV_VAR, ""


def missing_api(module: ModuleType) -> list[str]:
    """The names edi_migrations needs that ``module`` lacks (none for a sqlite3 lookalike)."""
    missing = [name for name in REQUIRED_NAMES if not hasattr(module, name)]
    connection = getattr(module, "Connection", None)
    if connection is not None:
        missing += [f"Connection.{m}" for m in REQUIRED_METHODS if not hasattr(connection, m)]
    return missing


def load_module(name: str, var: str = ENV_VAR) -> ModuleType:
    """Import ``name`` (named by environment variable ``var``) and check it offers what
    edi_migrations calls; else a precise error."""
    where = f"{var}={name}"
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise SqliteModuleError(f"{where}: cannot import it: {exc}") from exc
    except Exception as exc:  # a module that raises on import: say so, keep its error
        raise SqliteModuleError(
            f"{where}: importing module {name!r} failed: {type(exc).__name__}: {exc}"
        ) from exc
    missing = missing_api(module)
    if missing:
        raise SqliteModuleError(
            f"{where}: module {name!r} lacks the sqlite3 API: no {', '.join(missing)}"
        )
    written = tables_on_open(module)
    if written:
        raise SqliteModuleError(
            f"{where}: module {name!r} (SQLite {module.sqlite_version}) writes to every "
            f"database it opens: a new one already holds {', '.join(written)}; the runner must "
            "leave a database it only reads as it was"
        )
    return module


def tables_on_open(module: ModuleType) -> list[str]:
    """What a new in-memory database holds once ``module`` opened it: nothing, unless the
    module writes on its own (sqlean-py before 3.45 adds table sqlean_define to each)."""
    conn = module.connect(":memory:")
    try:
        rows = conn.execute(  # an automatic index comes with its table: the table says it
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY name"
        )
        return [row[0] for row in rows]
    finally:
        conn.close()


# The text SQLite gives each code (sqlite3_errstr), for errors that carry no code.
_CODE_OF_MESSAGE = {"database is locked": 5, "database table is locked": 6}  # BUSY, LOCKED


def primary_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (5 for SQLITE_BUSY, ...), or None.

    ``sqlite_errorcode`` is set on each raised error, not on the class, so ``missing_api``
    cannot see a module without it; then SQLite's own message for the code stands in."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return _CODE_OF_MESSAGE.get(str(exc))
    return code & 0xFF


def chosen_by(environ: Mapping[str, str]) -> str:
    """How the module was chosen, as ``info`` shows it: the variable, or ``default``."""
    var, name = _choice(environ)
    return f"{var}={name}" if name else "default"


_CHOSEN_BY = chosen_by(os.environ)
sqlite3 = load_module(module_name_from(os.environ), _choice(os.environ)[0])


def sqlite_version() -> str:
    """The version of the SQLite library the chosen module runs on, e.g. ``3.50.4``."""
    return sqlite3.sqlite_version


def in_use() -> InUse:
    """The chosen module and its library, for ``--version`` and ``info``."""
    return InUse(
        module=sqlite3.__name__,
        module_file=str(getattr(sqlite3, "__file__", "")),
        chosen_by=_CHOSEN_BY,
        sqlite_version=sqlite_version(),
    )
