"""``--sqlite-module NAME``: the run restarted on another DB-API module's SQLite.

:mod:`edi_migrations.sqlite.dbapi` reads ``MIGRATIONS_SQLITE_MODULE`` once, at import, and
every module (runner, harness, EDI's fixture suite) takes ``sqlite3`` from it, so that one process
never opens a database through two SQLite libraries (their POSIX locks do not see each
other). A different module therefore means a new process: this same command, with the
variable set. The new process finds the module in use and goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import pytest

from edi_migrations.sqlite import dbapi


def in_use_line() -> str:
    return f"{dbapi.sqlite3.sqlite_version} (module {dbapi.sqlite3.__name__})"


def restart_with(module: str, args: Sequence[str], config: pytest.Config) -> None:
    """Return if ``module`` is the one in use; else replace this process by the same
    pytest command on ``module`` (refused, naming it, if it cannot be imported)."""
    if module == dbapi.module_name_from(os.environ) or module == dbapi.sqlite3.__name__:
        return
    try:
        dbapi.load_module(module)
    except dbapi.SqliteModuleError as exc:
        raise pytest.UsageError(f"--sqlite-module {module}: {exc}") from exc
    env = dict(os.environ, **{dbapi.ENV_VAR: module})
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is not None:  # give the new process the terminal, not pytest's capture files
        capture.stop_global_capturing()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, [sys.executable, "-m", "pytest", *args], env)
