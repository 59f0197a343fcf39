"""A database at v0 upgrades again, and no refusal names another project.

A chain whose first migration has a ``downgrade()`` can be taken all the way down: the
file then holds the runner's own tables and a recorded v0. ``upgrade`` must take it up
again (a database that held the chain once is the chain's), and so must a SQLite file
that holds no table at all. The refusals a foreign project can meet speak of "this
chain", never of EDI. A chain of its own (a bookmarks app), run with the real command.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import run_cli

BOOKMARKS = '''"""Bookmarks: the first schema of a small link-keeping app."""


def upgrade(conn):
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT NOT NULL)")


def downgrade(conn):
    conn.execute("DROP TABLE bookmarks")
'''


@pytest.fixture
def chain(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_bookmarks.py").write_text(BOOKMARKS, encoding="utf-8")
    return folder


def cli(chain: Path, *args: object):
    return run_cli("--migrations-dir", chain, *args)


def test_a_database_downgraded_to_v0_upgrades_again(chain, db_path):
    assert cli(chain, "init", db_path).returncode == 0
    down = cli(chain, "downgrade", db_path, "--to", "0", "--no-backup")
    assert down.returncode == 0, down.stderr
    up = cli(chain, "upgrade", db_path, "--no-backup")
    assert up.returncode == 0, up.stderr
    assert "0001_bookmarks: v0 -> v1" in up.stdout
    status = cli(chain, "status", db_path)
    assert f"{db_path}: v1 (recorded)" in status.stdout, status.stdout


def test_a_sqlite_file_without_tables_upgrades_from_v0(chain, db_path):
    with sqlite3.connect(db_path) as conn:  # a real file with a header, and no table left
        conn.execute("CREATE TABLE scratch (x)")
        conn.execute("DROP TABLE scratch")
    up = cli(chain, "upgrade", db_path, "--no-backup")
    assert up.returncode == 0, up.stderr
    assert "0001_bookmarks: v0 -> v1" in up.stdout


def foreign_tables(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")


def not_sqlite(path: Path) -> None:
    path.write_text("a bookmarks export, not a database\n")


def empty_file(path: Path) -> None:
    path.touch()


REFUSALS = {
    "foreign-tables": (foreign_tables, "tables ['invoices'] are not this chain's"),
    "not-sqlite": (not_sqlite, "no SQLite header"),
    "empty-file": (empty_file, "no tables of this chain"),
}


@pytest.mark.parametrize("make, reason", REFUSALS.values(), ids=REFUSALS.keys())
def test_a_refusal_speaks_of_this_chain_not_of_another_project(chain, db_path, make, reason):
    make(db_path)
    refused = cli(chain, "upgrade", db_path)
    assert refused.returncode == 1
    assert reason in refused.stderr, refused.stderr
    assert "EDI" not in refused.stderr
