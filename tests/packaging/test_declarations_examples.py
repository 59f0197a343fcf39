"""The examples of docs/declarations.md's "Rebuild a table, quarantine rows" run as written.

Its three blocks are a bookmarks app's chain: the runner takes a database with repeated
URLs through it (repeats quarantined and back again on downgrade, a foreign key rebuilt
with ON DELETE CASCADE, rows and indexes kept), and the plugin's checks pass on it.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations import downgrade, init, upgrade
from edi_migrations.harness.dbstate import state_of
from edi_migrations.sqlite.dbapi import sqlite3
from tests.docs_text import DOCS, section_blocks
from tests.harness_projects import run_matrix

SECTION = "## Rebuild a table, quarantine rows"
NAMES = ("0001_users_and_bookmarks.py", "0002_unique_urls.py", "0003_cascade.py")
ROWS = [(1, 1, "https://a.example/x", "x"), (2, 1, "https://a.example/x", "x again"),
        (3, 2, "https://a.example/x", "y"), (4, 1, "https://a.example/x", "x thrice")]  # fmt: skip


def chain(folder: Path, count: int = 3) -> Path:
    """The page's first ``count`` migrations, as files in ``folder``."""
    folder.mkdir()
    code = section_blocks(DOCS / "declarations.md", SECTION, "python")
    assert len(code) == 3
    for name, text in list(zip(NAMES, code, strict=True))[:count]:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def with_repeats(db: Path, folder: Path) -> Path:
    init(db, to=1, migrations_dir=folder)
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT INTO users VALUES (?, ?)", [(1, "Ada"), (2, "José")])
        conn.executemany("INSERT INTO bookmarks VALUES (?, ?, ?, ?)", ROWS)
    conn.close()
    return db


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_repeats_are_quarantined_then_restored_exactly(tmp_path):
    folder = chain(tmp_path / "migrations", count=2)
    db = with_repeats(tmp_path / "app.db", folder)
    before = state_of(db).tables["bookmarks"]
    upgrade(db, migrations_dir=folder, backup=False)
    assert query(db, "SELECT id FROM bookmarks ORDER BY id") == [(1,), (3,)]
    assert query(db, "SELECT source_rowid FROM duplicate_bookmarks ORDER BY 1") == [(2,), (4,)]
    downgrade(db, to=1, migrations_dir=folder, backup=False)
    assert state_of(db).tables["bookmarks"] == before
    assert not query(db, "SELECT 1 FROM sqlite_master WHERE name = 'duplicate_bookmarks'")


def test_the_rebuild_keeps_rows_and_the_index_and_adds_the_cascade(tmp_path):
    folder = chain(tmp_path / "migrations")
    db = with_repeats(tmp_path / "app.db", folder)
    upgrade(db, migrations_dir=folder, backup=False)
    assert query(db, "SELECT id, url FROM bookmarks ORDER BY id") == [
        (1, "https://a.example/x"),
        (3, "https://a.example/x"),
    ]
    assert query(db, "SELECT on_delete FROM pragma_foreign_key_list('bookmarks')") == [
        ("CASCADE",)
    ]
    assert query(db, "SELECT name FROM sqlite_master WHERE tbl_name = 'bookmarks' AND sql LIKE "
                 "'CREATE UNIQUE INDEX%'") == [("bookmarks_user_url",)]  # fmt: skip


def test_the_chain_passes_every_check_of_the_plugin(pytester):
    folder = chain(pytester.path / "migrations")
    result = run_matrix(pytester, folder, "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
