"""``edi-migrate``'s refusals speak of the user's chain: none names EDI.

Each runs the real command on the example app's chain (a note-taking app, not EDI's)
against a file the runner must refuse, beside a control the same command accepts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import ROOT, run_cli

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"


def foreign_tables(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return path


def empty_file(path: Path) -> Path:
    path.touch()
    return path


def not_sqlite(path: Path) -> Path:
    path.write_text("an export of invoices, not a database\n")
    return path


REFUSED = {
    "status of foreign tables": ("status", foreign_tables, "are not this chain's"),
    "upgrade of foreign tables": ("upgrade", foreign_tables, "are not this chain's"),
    "upgrade of an empty file": ("upgrade", empty_file, "holds no tables of this chain (empty file)"),
    "status of a text file": ("status", not_sqlite, "not a SQLite database (no SQLite header)"),
}


@pytest.mark.parametrize(("command", "make", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_a_refusal_on_a_foreign_chain_never_says_edi(tmp_path, command, make, says):
    db = make(tmp_path / "app.db")
    result = run_cli(command, db, "--migrations-dir", EXAMPLE)
    assert result.returncode != 0
    assert says in result.stderr
    assert "EDI" not in result.stdout + result.stderr


def test_restoring_a_backup_of_another_app_never_says_edi(tmp_path):
    target = tmp_path / "app.db"
    assert run_cli("init", target, "--migrations-dir", EXAMPLE).returncode == 0  # the control
    bogus = foreign_tables(tmp_path / "invoices.backup")
    result = run_cli("restore", bogus, target, "--migrations-dir", EXAMPLE)
    assert result.returncode == 1
    assert "invoices.backup" in result.stderr and "EDI" not in result.stdout + result.stderr
