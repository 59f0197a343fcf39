"""The build one version back starting on a file whose newest migration says
``KEEPS_PREVIOUS_APP``, where what changed is whether the key is the rowid.

``id INTEGER PRIMARY KEY DESC`` is no alias of the rowid (SQLite's documented quirk), but
the older build's start read every ``INTEGER`` key alone as one: a rebuild from ``id
INTEGER PRIMARY KEY`` into ``... PRIMARY KEY DESC`` let the v1 build start on a file
where its inserts leave ``id`` NULL (a miss). The refusal now says the column is no rowid
alias any more; ``PRIMARY KEY (id DESC)`` at the table's end, which is one, still lets it
start. Real files, two builds as two folders, a chain not EDI's.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import upgrade
from edi_migrations.sqlite.dbapi import sqlite3
from tests.older_builds import start_refused, upgraded_by_newer

NOTES = '''"""Notes, numbered by SQLite as the app inserts them."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes ({key}, title TEXT NOT NULL{constraint})")
'''
REBUILT = '''"""The notes rebuilt with a pinned flag; the claim says the v1 app keeps working."""

KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new ({key}, title TEXT NOT NULL, "
        "pinned INTEGER NOT NULL DEFAULT 0{constraint})"
    )
    conn.execute("INSERT INTO notes_new (id, title) SELECT id, title FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
'''
ALIAS = {"key": "id INTEGER PRIMARY KEY", "constraint": ""}
DESC = {"key": "id INTEGER PRIMARY KEY DESC", "constraint": ""}
DESC_AT_THE_END = {"key": "id INTEGER", "constraint": ", PRIMARY KEY (id DESC)"}


def upgraded(tmp_path: Path, first: dict[str, str], second: dict[str, str]) -> tuple[Path, Path]:
    """A file the v1 build made and the v2 build upgraded: (db, v1 build's folder)."""
    v1, v2 = NOTES.format(**first), REBUILT.format(**second)
    return upgraded_by_newer(tmp_path, v1, v2, "INSERT INTO notes (title) VALUES ('first')")


def old_app_inserts(db: Path) -> list[tuple]:
    """The v1 app's insert, which leaves the id to SQLite, and the ids it then reads."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO notes (title) VALUES ('second')")
        return conn.execute("SELECT id, title FROM notes ORDER BY title").fetchall()


@pytest.mark.parametrize(
    ("first", "second", "named"),
    [
        (ALIAS, DESC, "column notes.id is no rowid alias any more (the v1 app's is one)"),
        (DESC, ALIAS, "column notes.id is a rowid alias now (the v1 app's is not)"),
    ],
    ids=["alias-to-desc", "desc-to-alias"],
)
def test_a_key_that_stops_or_starts_being_the_rowid_refuses_the_old_build(
    tmp_path, first, second, named
):
    db, old = upgraded(tmp_path, first, second)
    message = start_refused(db, old)
    assert named in message and "EDI" not in message, message


def test_why_refusing_is_right_the_old_insert_gets_no_id_under_a_desc_key(tmp_path):
    db, _ = upgraded(tmp_path, ALIAS, DESC)
    assert old_app_inserts(db) == [(1, "first"), (None, "second")]


@pytest.mark.parametrize("second", [ALIAS, DESC_AT_THE_END], ids=["same", "desc-at-the-end"])
def test_a_key_that_is_still_the_rowid_lets_the_old_build_start(tmp_path, second):
    db, old = upgraded(tmp_path, ALIAS, second)
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_inserts(db) == [(1, "first"), (2, "second")]
