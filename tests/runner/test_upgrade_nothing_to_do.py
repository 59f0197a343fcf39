"""An upgrade with nothing to do reads the version and returns: it does not wait for the
integrity check, nor leave one running, whatever the file's size, so an app may call
``upgrade()`` at every start (a check reads every page: seconds on a large file). A run
with a step to do still refuses a corrupt file before changing it."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import CorruptDatabase
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.corrupt_files import with_a_page_never_used

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


def at(tmp_path: Path, version: int | None, megabytes: int = 0) -> Path:
    db = tmp_path / "app.db"
    init(db, to=version, migrations_dir=EXAMPLE)
    if megabytes:
        with closing(sqlite3.connect(db)) as conn:
            body = "x" * 1024 * 1024
            conn.executemany('INSERT INTO "note books" (title) VALUES (?)', [(body,)] * megabytes)
            conn.commit()
    return db


def checks_running() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("integrity_check")]


def test_a_corrupt_file_with_nothing_to_do_is_left_as_it_was(tmp_path):
    db = with_a_page_never_used(at(tmp_path, None))
    was = file_bytes(db)
    outcome = upgrade(db, migrations_dir=EXAMPLE, backup=False)
    assert (outcome.from_version, outcome.to_version, outcome.steps) == (7, 7, ())
    assert file_bytes(db) == was


def test_a_corrupt_file_with_a_step_to_do_is_still_refused(tmp_path):
    db = with_a_page_never_used(at(tmp_path, 6))
    was = file_bytes(db)
    with pytest.raises(CorruptDatabase):
        upgrade(db, migrations_dir=EXAMPLE, backup=False)
    assert file_bytes(db) == was


@pytest.mark.parametrize("backup", [False, True])
def test_a_large_file_with_nothing_to_do_leaves_no_check_running(tmp_path, backup):
    db = at(tmp_path, None, megabytes=10)  # past the size checked on parallel connections
    outcome = upgrade(db, migrations_dir=EXAMPLE, backup=backup)
    assert outcome.steps == ()
    assert checks_running() == []
