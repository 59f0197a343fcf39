"""``--sqlite-module NAME`` runs every check, the runner included, on another SQLite: the
command restarts itself once with ``MIGRATIONS_SQLITE_MODULE=NAME``, and the header says which
SQLite ran. A real subprocess: the restart replaces the process."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys

import sqlean

from edi_migrations.sqlite.dbapi import ENV_VAR, OLD_ENV_VAR
from tests.support import ROOT

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"


def run(tmp_path, *args):
    shutil.copytree(EXAMPLE, tmp_path / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items() if k not in (ENV_VAR, OLD_ENV_VAR)}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--migrations-dir",
            "migrations",
            "--matrix-sessions",
            "8",
            *args,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_run_restarts_on_the_named_module_and_says_so(tmp_path):
    stdlib = importlib.import_module("sqlite3")  # where the child starts (its env has no choice)
    assert sqlean.sqlite_version != stdlib.sqlite_version  # else this proves nothing
    done = run(tmp_path, "--sqlite-module", "sqlean", "-k", "test_upgrade_path", "--upgrade-path", "v6->v7")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"sqlite: {sqlean.sqlite_version} (module sqlean)" in done.stdout
    assert done.stdout.count("test session starts") == 1  # the first process printed nothing


def test_an_unknown_module_is_a_usage_error_naming_it(tmp_path):
    done = run(tmp_path, "--sqlite-module", "nosuch_sqlite", "--co")
    assert done.returncode == 4
    assert (
        f"--sqlite-module nosuch_sqlite: {ENV_VAR}=nosuch_sqlite: cannot import it"
        in done.stderr
    )
