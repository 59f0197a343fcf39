"""A migration importing its helper relatively from a folder that is not a package is
refused with what to do (Python says only "no known parent package"); the same folder
made a package, or importing the helper by name, loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.errors import BadMigrationsFolder

HELPER = 'def make(conn):\n    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")\n'
RELATIVE = "from ._helpers import make\n\n\ndef upgrade(conn):\n    make(conn)\n"
BY_NAME = "from _helpers import make\n\n\ndef upgrade(conn):\n    make(conn)\n"


def folder(tmp_path: Path, migration: str, package: bool) -> Path:
    chain = tmp_path / "migrations"
    chain.mkdir()
    (chain / "_helpers.py").write_text(HELPER)
    (chain / "0001_init.py").write_text(migration)
    if package:
        (chain / "__init__.py").write_text("")
    return chain


def test_a_relative_import_outside_a_package_says_what_to_do(tmp_path):
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(folder(tmp_path, RELATIVE, package=False))
    said = str(refused.value)
    assert "0001_init.py: cannot be imported" in said
    assert "add an empty __init__.py" in said and "from _helpers import" in said


@pytest.mark.parametrize(("migration", "package"), [(RELATIVE, True), (BY_NAME, False)])
def test_a_package_or_an_import_by_name_loads(tmp_path, migration, package):
    assert [m.name for m in load_migrations(folder(tmp_path, migration, package))] == ["0001_init"]
