"""A migration reads rows as the app's own ``connect`` returns them.

Round twenty-one made the runner's reads plain (tuples, ``str``) on a connection the app's
``connect`` opened with a dict ``row_factory`` or ``text_factory = bytes``: the runner's
queries read by position. But the migration is the app's code, written against the app's
connections (``row["title"]``, ``title.decode()``): run on a plain connection, a sound
migration failed under the runner where the app's own upgrade would have passed. The
migration's ``upgrade(conn)`` now runs with the factories the app's connect set, and the
runner's reads around it stay plain."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from tests.runner.test_newcomer_round_twenty_one import plain, with_bytes, with_dicts

FIRST = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    conn.execute("INSERT INTO notes (title) VALUES ('Hello World')")
'''

BY_NAME = '''"""A slug made in Python, reading each row by its column's name."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    for row in conn.execute("SELECT id, title FROM notes").fetchall():
        slug = row["title"].lower().replace(" ", "-")
        conn.execute("UPDATE notes SET slug = ? WHERE id = ?", (slug, row["id"]))
'''

AS_BYTES = '''"""A slug made in Python from text the app reads as bytes."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    for note_id, title in conn.execute("SELECT id, title FROM notes").fetchall():
        slug = title.decode("utf-8").lower().replace(" ", "-")
        conn.execute("UPDATE notes SET slug = ? WHERE id = ?", (slug, note_id))
'''

BY_POSITION = '''"""A slug made in Python, reading each row by position."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    for note_id, title in conn.execute("SELECT id, title FROM notes").fetchall():
        conn.execute("UPDATE notes SET slug = ? WHERE id = ?", (title.lower().replace(" ", "-"), note_id))
'''


def with_rows(database: str, **kw: object) -> sqlite3.Connection:
    conn = sqlite3.connect(database, **kw)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.mark.parametrize(
    ("connect", "second"),
    [
        (with_dicts, BY_NAME),
        (with_rows, BY_NAME),
        (with_bytes, AS_BYTES),
        (plain, BY_POSITION),
    ],
    ids=["dicts", "sqlite3.Row", "bytes", "plain"],
)
def test_a_migration_reads_rows_as_the_apps_connect_returns_them(
    tmp_path: Path, connect, second: str
) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "notes.db"
    init(db, migrations_dir=folder, connect=connect)
    (folder / "0002_slugs.py").write_text(second, encoding="utf-8")
    assert upgrade(db, migrations_dir=folder, connect=connect, backup=False).to_version == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT slug FROM notes").fetchall() == [("hello-world",)]


BY_INDEX = '''"""A slug made in Python, reading each row by index."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    for row in conn.execute("SELECT id, title FROM notes").fetchall():
        conn.execute("UPDATE notes SET slug = ? WHERE id = ?", (row[1].lower(), row[0]))
'''


def test_a_migration_written_for_tuples_still_fails_under_a_dict_connect(tmp_path: Path) -> None:
    """The control: the app's dict rows reach the migration, so one reading by position
    reading by index fails as it would in the app itself (KeyError), rolled back, the file at v1."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(FIRST, encoding="utf-8")
    db = tmp_path / "notes.db"
    init(db, migrations_dir=folder, connect=with_dicts)
    (folder / "0002_slugs.py").write_text(BY_INDEX, encoding="utf-8")
    with pytest.raises(Exception, match="0002_slugs"):
        upgrade(db, migrations_dir=folder, connect=with_dicts, backup=False)
    with sqlite3.connect(db) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(notes)")]
    assert "slug" not in columns
