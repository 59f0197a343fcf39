"""EDI_SQLITE_MODULE: which DB-API module, and so which SQLite library, the runner uses.

The variable is read once, when ``edi_migrations`` is imported, so each choice is made in a
subprocess of its own with exactly the environment under test.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import json
import os
import pkgutil
import sqlite3 as stdlib_sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlean

import edi_migrations
from edi_migrations.sqlite import dbapi
from edi_migrations.sqlite.dbapi import (
    ENV_VAR,
    SqliteModuleError,
    chosen_by,
    load_module,
    module_name_from,
    primary_code,
)
from tests.support import cli_command

PACKAGE = Path(edi_migrations.__file__).parent


def run_with_module(name: str | None, *args: object) -> subprocess.CompletedProcess:
    """``edi-migrate`` with EDI_SQLITE_MODULE set to NAME (None: unset)."""
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    if name is not None:
        env[ENV_VAR] = name
    return subprocess.run(
        cli_command(*args), capture_output=True, text=True, env=env, timeout=120
    )


def info(name: str | None) -> dict:
    result = run_with_module(name, "info", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_sqlean_bundles_another_sqlite_than_the_standard_library():
    """The premise of the specs below: choosing sqlean really changes the library."""
    assert sqlean.sqlite_version != stdlib_sqlite3.sqlite_version


def test_without_the_variable_the_cli_runs_on_the_standard_library_sqlite3():
    found = info(None)
    assert found["module"] == "sqlite3"
    assert found["chosen_by"] == "default"
    assert found["sqlite_version"] == stdlib_sqlite3.sqlite_version


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_variable_means_the_default(value):
    assert info(value)["module"] == "sqlite3"


def test_with_the_variable_set_to_sqlean_the_cli_runs_on_sqleans_sqlite():
    found = info("sqlean")
    assert found["module"] == "sqlean"
    assert found["chosen_by"] == f"{ENV_VAR}=sqlean"
    assert found["sqlite_version"] == sqlean.sqlite_version != stdlib_sqlite3.sqlite_version
    assert found["module_file"] == sqlean.__file__


def test_info_prints_the_library_the_module_and_how_it_was_chosen():
    result = run_with_module("sqlean", "info")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1:] == [
        f"SQLite {sqlean.sqlite_version}",
        f"module sqlean ({sqlean.__file__})",
        f"chosen by {ENV_VAR}=sqlean",
    ]


def test_the_version_option_names_the_sqlite_library_and_the_module():
    result = run_with_module("sqlean", "--version")
    assert result.returncode == 0, result.stderr
    version = importlib.metadata.version("edi-migrations")
    assert result.stdout.strip() == f"edi-migrate {version} (SQLite {sqlean.sqlite_version}, sqlean)"


def test_an_upgrade_on_sqlean_completes_and_leaves_a_database_the_stdlib_reads(tmp_path):
    db = tmp_path / "edi.db"
    assert run_with_module("sqlean", "init", db, "--to", "1").returncode == 0
    result = run_with_module("sqlean", "upgrade", db)
    assert result.returncode == 0, result.stderr
    conn = stdlib_sqlite3.connect(db)
    try:
        last = "SELECT version FROM schema_version ORDER BY rowid DESC LIMIT 1"
        assert conn.execute(last).fetchone() == ("v3",)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        ("no_such_sqlite_module", "No module named 'no_such_sqlite_module'"),
        ("json", "module 'json' lacks the sqlite3 API: no connect, Connection, Cursor"),
    ],
)
def test_a_bad_module_name_fails_naming_the_variable_and_the_module(value, detail):
    result = run_with_module(value, "--version")
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"edi_migrations.sqlite.dbapi.SqliteModuleError: {ENV_VAR}={value}: ")
    assert detail in last


@pytest.mark.parametrize(
    ("environ", "name"),
    [
        ({}, "sqlite3"),
        ({ENV_VAR: ""}, "sqlite3"),
        ({ENV_VAR: "sqlean"}, "sqlean"),
        ({ENV_VAR: " pysqlite3 "}, "pysqlite3"),
    ],
)
def test_the_module_name_comes_from_the_variable_or_defaults_to_sqlite3(environ, name):
    assert module_name_from(environ) == name


@pytest.mark.parametrize(
    ("environ", "how"),
    [({}, "default"), ({ENV_VAR: " "}, "default"), ({ENV_VAR: "sqlean"}, f"{ENV_VAR}=sqlean")],
)
def test_info_says_whether_the_variable_or_the_default_chose_the_module(environ, how):
    assert chosen_by(environ) == how


@pytest.mark.parametrize("name", ["sqlite3", "sqlean"])
def test_load_module_returns_an_installed_dbapi_module(name):
    assert load_module(name) is importlib.import_module(name)


def test_load_module_names_every_missing_part_of_the_api():
    with pytest.raises(SqliteModuleError) as caught:
        load_module("json")
    message = str(caught.value)
    assert message.startswith(f"{ENV_VAR}=json: module 'json' lacks the sqlite3 API: no ")
    for part in ("connect", "sqlite_version", "SQLITE_DENY", "OperationalError"):
        assert part in message


def test_a_module_that_fails_to_import_is_reported_with_its_own_error(tmp_path, monkeypatch):
    (tmp_path / "broken_sqlite.py").write_text("raise RuntimeError('no library here')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(SqliteModuleError, match=rf"^{ENV_VAR}=broken_sqlite: importing"):
        load_module("broken_sqlite")


class _Uncoded(Exception):
    """An error as a module without ``sqlite_errorcode`` would raise it."""


class _Coded(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (_Coded("database is locked", 5), 5),
        (_Coded("database is locked", 5 | (2 << 8)), 5),  # SQLITE_BUSY_SNAPSHOT
        (_Coded("database table is locked", 6 | (1 << 8)), 6),  # SQLITE_LOCKED_SHAREDCACHE
        (_Coded("unable to open database file", 14), 14),
        (_Uncoded("database is locked"), 5),
        (_Uncoded("database table is locked"), 6),
        (_Uncoded("disk I/O error"), None),
    ],
)
def test_primary_code_reads_the_error_code_or_sqlites_message_for_it(exc, code):
    assert primary_code(exc) == code


def test_primary_code_agrees_with_a_real_busy_error_of_the_chosen_module(tmp_path):
    db = tmp_path / "busy.db"
    holder = dbapi.sqlite3.connect(db, isolation_level=None)
    waiter = dbapi.sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(dbapi.sqlite3.OperationalError) as caught:
            waiter.execute("BEGIN IMMEDIATE")
        assert primary_code(caught.value) == dbapi.sqlite3.SQLITE_BUSY
    finally:
        holder.close()
        waiter.close()


WRITING_MODULE = """
import sqlite3 as _stdlib
from sqlite3 import *  # noqa: F403


def connect(*args, **kwargs):
    conn = _stdlib.connect(*args, **kwargs)
    conn.execute("CREATE TABLE IF NOT EXISTS ext_state (name TEXT PRIMARY KEY)")
    return conn
"""


def test_a_module_that_writes_to_every_database_it_opens_is_refused(tmp_path, monkeypatch):
    """As sqlean-py before 3.45 does (its define extension adds table sqlean_define): EDI
    must leave a database it only reads as it was."""
    (tmp_path / "writing_sqlite.py").write_text(WRITING_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(SqliteModuleError) as caught:
        load_module("writing_sqlite")
    assert str(caught.value) == (
        f"{ENV_VAR}=writing_sqlite: module 'writing_sqlite' (SQLite "
        f"{stdlib_sqlite3.sqlite_version}) writes to every database it opens: a new one "
        "already holds ext_state; the runner must leave a database it only reads as it was"
    )


def test_sqlite_version_is_the_library_a_connection_of_the_chosen_module_reports():
    conn = dbapi.sqlite3.connect(":memory:")
    try:
        assert dbapi.sqlite_version() == conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()


def _modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages([str(PACKAGE)], "edi_migrations.")
        if not m.name.startswith(("edi_migrations.versions", "edi_migrations.__main__"))
    ]


def test_every_module_takes_its_sqlite3_from_dbapi():
    modules = [importlib.import_module(name) for name in _modules()]
    others = [m.__name__ for m in modules if getattr(m, "sqlite3", dbapi.sqlite3) is not dbapi.sqlite3]
    assert len(modules) > 100 and others == []


def _plain_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text())
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names)
        or isinstance(node, ast.ImportFrom) and node.module == "sqlite3"
    ]


def test_no_module_but_dbapi_imports_sqlite3_itself():
    """Shipped migrations (versions/) keep theirs: their checksums must not change, and
    they use the name only in annotations."""
    modules = [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if p.name != "dbapi.py" and "versions" not in p.relative_to(PACKAGE).parts
    ]
    found = {p.relative_to(PACKAGE).as_posix(): _plain_imports(p) for p in modules}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_runner_connection_class_is_the_chosen_modules():
    from edi_migrations.runner import connection

    assert issubclass(connection.StepConnection, dbapi.sqlite3.Connection)
    assert issubclass(connection.StepCursor, dbapi.sqlite3.Cursor)


def test_the_new_migration_template_imports_sqlite3_from_dbapi():
    from edi_migrations.cli.scaffold import TEMPLATE

    assert "from edi_migrations.sqlite.dbapi import sqlite3" in TEMPLATE
    assert "\nimport sqlite3" not in TEMPLATE


def test_this_run_uses_the_module_its_environment_names():
    """Under tox's sqlite3NN environments every in-process spec runs on that module."""
    assert dbapi.sqlite3.__name__ == module_name_from(os.environ)
    assert sys.modules[dbapi.sqlite3.__name__] is dbapi.sqlite3
