"""The environment variables have neutral names; their old names are still read.

``MIGRATIONS_SQLITE_MODULE`` chooses the DB-API module and ``MIGRATIONS_RAM_TMP`` the RAM
folder; ``EDI_SQLITE_MODULE`` and ``EDI_RAM_TMP`` (their names before) keep working for
the CI jobs that set them, and the new name wins where both are set."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from edi_migrations.harness.ram_tmp import RAM_FOLDER, ram_candidate
from edi_migrations.sqlite.dbapi import chosen_by, module_name_from
from tests.support import cli_command

NEW, OLD = "MIGRATIONS_SQLITE_MODULE", "EDI_SQLITE_MODULE"


@pytest.mark.parametrize(
    ("environ", "module", "by"),
    [
        ({NEW: "sqlean"}, "sqlean", f"{NEW}=sqlean"),
        ({OLD: "sqlean"}, "sqlean", f"{OLD}=sqlean"),
        ({NEW: "sqlean", OLD: "pysqlite3"}, "sqlean", f"{NEW}=sqlean"),
        ({NEW: " ", OLD: "sqlean"}, "sqlean", f"{OLD}=sqlean"),
        ({}, "sqlite3", "default"),
    ],
)
def test_the_new_variable_wins_and_the_old_one_is_still_read(environ, module, by):
    assert module_name_from(environ) == module
    assert chosen_by(environ) == by


def test_the_cli_runs_on_the_module_the_old_variable_names():
    env = {k: v for k, v in os.environ.items() if k not in (NEW, OLD)} | {OLD: "sqlean"}
    done = subprocess.run(
        cli_command("info", "--json"), capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["module"] == "sqlean"


@pytest.mark.parametrize(
    ("environ", "folder"),
    [
        ({"MIGRATIONS_RAM_TMP": "/mnt/ram"}, Path("/mnt/ram")),
        ({"EDI_RAM_TMP": "/mnt/old"}, Path("/mnt/old")),
        ({"MIGRATIONS_RAM_TMP": "/mnt/ram", "EDI_RAM_TMP": "/mnt/old"}, Path("/mnt/ram")),
        ({}, RAM_FOLDER),
    ],
)
def test_the_ram_folder_is_named_by_the_new_variable_or_the_old(environ, folder):
    assert ram_candidate(environ) == folder
