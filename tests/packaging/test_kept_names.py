"""Every name a user, a migration file or a conftest imports keeps working as the package is
laid out by role: the public API, the import paths of migration files, the console script,
the pytest11 entry point, and the fixture suite's plugin names and command."""

from __future__ import annotations

import importlib
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import edi_migrations

ROOT = Path(__file__).resolve().parents[2]

PUBLIC = [  # edi_migrations.__all__ as the README documents it
    "Migration",
    "MigrationError",
    "Outcome",
    "Refused",
    "RolledBack",
    "current_version",
    "downgrade",
    "init",
    "inspect",
    "load_migrations",
    "schema_model",
    "schema_of",
    "upgrade",
]

MIGRATION_IMPORTS = [  # what migration files import, by the paths they were written with
    *[
        ("edi_migrations.changes", name)
        for name in (
            "AddColumn Backfill AddTable DropColumn DropTable DropObject MigrationTime "
            "ReplaceView MoveRows RestoreRows ChangeConstraint DropConstraint ChangeType "
            "RenameTable RenameColumn DependsOnData"
        ).split()
    ],
    ("edi_migrations.rebuild", "NewTable"),
    ("edi_migrations.rebuild", "rebuild_tables"),
    ("edi_migrations.rebuild", "rebuild_statements"),
    ("edi_migrations.rebuild", "quote"),
    ("edi_migrations.quarantine", "encode_row"),
    ("edi_migrations.quarantine", "decode_row"),
    ("edi_migrations.identifiers", "quote_identifier"),
    ("edi_migrations.errors", "AlreadyApplied"),
    ("edi_migrations.dbapi", "sqlite3"),
]


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_imports_from_the_package(name):
    assert name in edi_migrations.__all__
    assert getattr(importlib.import_module("edi_migrations"), name) is not None


@pytest.mark.parametrize(("module", "name"), MIGRATION_IMPORTS, ids="{0[0]}.{0[1]}".format)
def test_every_import_path_of_migration_files_still_imports(module, name):
    assert hasattr(importlib.import_module(module), name)


def test_the_old_dbapi_path_is_the_chosen_module_itself_not_a_copy():
    from edi_migrations.sqlite import dbapi

    assert importlib.import_module("edi_migrations.dbapi") is dbapi


def test_the_console_script_entry_point_loads_the_cli():
    (script,) = entry_points(group="console_scripts", name="edi-migrate")
    assert script.value == "edi_migrations.cli:main"
    assert callable(script.load())


def test_the_pytest11_entry_point_loads_the_plugin():
    (plugin,) = entry_points(group="pytest11", name="edi_migrations")
    assert plugin.load().__name__ == "edi_migrations.plugin"


@pytest.mark.parametrize(
    "command",
    [["edi-migrate", "--version"], [sys.executable, "-m", "edi_migrations", "--version"]],
    ids=["edi-migrate", "python -m edi_migrations"],
)
def test_the_command_runs_under_both_names(command):
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("edi-migrate ")


@pytest.mark.parametrize(
    ("kept", "home"),
    [("fixtures.edi_provider", "fixtures.edi.provider"), ("fixtures.fault_plugin", "fixtures.faults.plugin")],
)
def test_the_fixture_suites_plugin_names_load_their_new_home(kept, home):
    assert importlib.import_module(kept).pytest_plugins == [home]
    importlib.import_module(home)


def test_python_m_fixtures_still_runs():
    done = subprocess.run(
        [sys.executable, "-m", "fixtures", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "usage" in done.stdout.lower()
