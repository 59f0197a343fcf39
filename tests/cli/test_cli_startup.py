"""``edi-migrate`` imports what the command it runs needs, not what other commands need;
the package imports its public names when first asked for.

Every module imported up front is start-up time of every run (the suite starts the CLI
and the fault specs' helper processes a few hundred times). Each case runs in a fresh
interpreter and reads the modules it imported from ``sys.modules`` when it is done.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from edi_migrations import init

REPORT = (
    "import json, sys\n"
    "from edi_migrations.cli.commands import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)
# the modules only other commands use, and who uses them
OTHER_COMMANDS_ONLY = {
    "importlib.metadata": "--version and info",
    "edi_migrations.cli.about": "--version and info",
    "edi_migrations.cli.scaffold": "new",
    "edi_migrations.runner.verify": "verify and demo",
    "edi_migrations.cli.demo": "demo",
    "edi_migrations.lint": "lint",
    "tempfile": "demo",
}
COMMANDS = {
    "status": ("status",),
    "upgrade": ("upgrade", "--no-backup"),
}


@pytest.fixture(scope="module")
def imported_by(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """The modules each command imported, run once per command on its own v1 database."""
    found = {}
    for name, (command, *options) in COMMANDS.items():
        db = tmp_path_factory.mktemp(name) / "edi.db"
        init(db, to=1)
        done = subprocess.run(
            [sys.executable, "-c", REPORT, command, str(db), *options],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        found[name] = set(json.loads(done.stdout.splitlines()[-1]))
    return found


@pytest.mark.parametrize("module", OTHER_COMMANDS_ONLY)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_does_not_import_what_only_other_commands_use(command, module, imported_by):
    assert module not in imported_by[command], f"used by {OTHER_COMMANDS_ONLY[module]} only"


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_a_process_that_takes_only_the_dbapi_module_does_not_import_the_runner():
    """The lock holders, app processes and crash children of the fault specs."""
    imported = modules_after("from edi_migrations.sqlite.dbapi import sqlite3")
    assert "edi_migrations.sqlite.dbapi" in imported
    assert "edi_migrations.runner.api" not in imported
    assert "edi_migrations.runner.discovery" not in imported


def test_every_public_name_is_importable_from_the_package():
    import edi_migrations

    for name in edi_migrations.__all__:
        assert getattr(edi_migrations, name).__name__ == name
        assert name in dir(edi_migrations)


def test_an_unknown_name_is_an_attribute_error_naming_it():
    import edi_migrations

    with pytest.raises(AttributeError, match="no_such_name"):
        edi_migrations.no_such_name  # noqa: B018
