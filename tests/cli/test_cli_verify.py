"""``edi-migrate verify`` on a file that fails it: the problems on stdout, then one
``edi-migrate:`` line naming the file, its version, the first problem and what to do,
the file unchanged; on a sound file, nothing to do (the control)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.cli.test_cli_newcomer import write_chain
from tests.support import run_cli


@pytest.fixture
def app_db(tmp_path: Path) -> Path:
    chain = write_chain(tmp_path / "migrations")
    db = tmp_path / "app.db"
    assert run_cli("--migrations-dir", chain, "init", db).returncode == 0
    return db


def verify(db: Path):
    return run_cli("--migrations-dir", db.parent / "migrations", "verify", db)


def change(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_sound_file_passes(app_db):
    done = verify(app_db)
    assert done.returncode == 0, done.stderr


CASES = {
    "a schema that drifted": (
        "CREATE INDEX tasks_title ON tasks(title)",
        "schema: unexpected index tasks_title",
        "undo that change, or make it a migration (edi-migrate new)",
    ),
    "rows whose parent is missing": (
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, "
        "task_id INTEGER REFERENCES tasks(id)); INSERT INTO notes VALUES (1, 99)",
        "foreign key: notes rowid 1 names a missing tasks row",
        "fix or remove the rows whose parent row is missing",
    ),
}


@pytest.mark.parametrize("sql, first, advice", CASES.values(), ids=CASES.keys())
def test_a_file_that_fails_says_where_what_and_what_to_do(app_db, sql, first, advice):
    for statement in sql.split("; "):
        change(app_db, statement)
    before = file_bytes(app_db)
    done = verify(app_db)
    assert done.returncode == 1
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith(f"edi-migrate: {app_db}: verify failed at v3: ")
    assert f"first: {first}" in line and "the file is unchanged" in line
    assert advice in line
    assert file_bytes(app_db) == before
