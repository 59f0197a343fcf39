"""``edi-migrate`` imports what the command it runs needs, not what other commands need.

Every module imported up front is start-up time of every run (the suite starts the CLI
a few hundred times). Each case runs the real command line in a fresh interpreter and
reads the modules it imported from ``sys.modules`` when it is done.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from edi_migrations import init

REPORT = (
    "import json, sys\n"
    "from edi_migrations.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)
# the modules only other commands use, and who uses them
OTHER_COMMANDS_ONLY = {
    "importlib.metadata": "--version and info",
    "edi_migrations.about": "--version and info",
    "edi_migrations.scaffold": "new",
    "edi_migrations.verify": "verify and demo",
    "edi_migrations.demo": "demo",
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
