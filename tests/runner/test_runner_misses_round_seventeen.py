"""Red team, round seventeen, the runner's side: the build one version back starting on a
file whose newest migration says ``KEEPS_PREVIOUS_APP``.

That build looked for its head's tables, columns (by declared type) and views. A UNIQUE
key its upserts name (``ON CONFLICT(slug)``) dropped, or a trigger filling its audit
table dropped, let it start on a file its next write breaks (misses); a column respelled
within its affinity (``VARCHAR(20)`` to ``TEXT``) refused it where nothing it does
changes (a false alarm). Real files, two builds as two folders, a chain not EDI's.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import upgrade
from edi_migrations.sqlite.dbapi import sqlite3
from tests.older_builds import start_refused, upgraded_by_newer
from tests.support import run_cli

NOTES = '''"""Notes: a title and a unique slug each; inserts logged by a trigger."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title VARCHAR(20) NOT NULL, slug TEXT)"
    )
    conn.execute("CREATE UNIQUE INDEX notes_slug ON notes (slug)")
    conn.execute("CREATE TABLE note_log (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute(
        "CREATE TRIGGER notes_logged AFTER INSERT ON notes "
        "BEGIN INSERT INTO note_log (title) VALUES (new.title); END"
    )
'''

REBUILT = '''"""The notes rebuilt with a pinned flag; the claim says the v1 app keeps working."""

KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new ({id} PRIMARY KEY, title {title} NOT NULL, slug TEXT, "
        "pinned INTEGER NOT NULL DEFAULT 0{unique})"
    )
    conn.execute("INSERT INTO notes_new (id, title, slug) SELECT id, title, slug FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
    {trigger}
'''
TRIGGER = (
    'conn.execute("CREATE TRIGGER notes_logged AFTER INSERT ON notes '
    'BEGIN INSERT INTO note_log (title) VALUES (new.title); END")'
)
SOUND = {"id": "id INTEGER", "title": "VARCHAR(20)", "unique": ", UNIQUE (slug)"}
UPSERT = (
    "INSERT INTO notes (title, slug) VALUES ('again', 'a') "
    "ON CONFLICT (slug) DO UPDATE SET title = excluded.title"
)


def upgraded(tmp_path: Path, trigger: str = TRIGGER, **spelled: str) -> tuple[Path, Path]:
    """A file the v1 build made and the v2 build (notes rebuilt) upgraded: (db, v1 build)."""
    body = REBUILT.format(trigger=trigger, **{**SOUND, **spelled})
    row = "INSERT INTO notes (title, slug) VALUES ('first', 'a')"
    return upgraded_by_newer(tmp_path, NOTES, body, row)


def old_app_writes(db: Path) -> list[tuple]:
    """The v1 app's upsert and plain insert, and what its log then holds."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(UPSERT)
        conn.execute("INSERT INTO notes (title, slug) VALUES ('second', 'b')")
        return conn.execute("SELECT title FROM note_log ORDER BY id").fetchall()


def test_a_sound_rebuild_lets_the_old_build_start_and_its_writes_work(tmp_path):
    db, old = upgraded(tmp_path)
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second",)]


def test_a_type_respelled_within_its_affinity_lets_the_old_build_start(tmp_path):
    db, old = upgraded(tmp_path, title="TEXT")
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_writes(db) == [("first",), ("second",)]


@pytest.mark.parametrize(
    ("spelled", "named"),
    [
        ({"unique": ""}, "UNIQUE (slug) of notes is missing"),
        ({"title": "BLOB"}, "column notes.title is BLOB, the v1 app's is VARCHAR(20)"),
        ({"id": "id INT"}, "column notes.id is INT, the v1 app's is INTEGER"),
        ({"trigger": "pass"}, "trigger notes_logged is missing"),
    ],
    ids=["unique-dropped", "other-affinity", "rowid-alias-lost", "trigger-dropped"],
)
def test_what_the_old_app_needs_gone_refuses_its_build_naming_it(tmp_path, spelled, named):
    db, old = upgraded(tmp_path, **spelled)
    message = start_refused(db, old)
    assert named in message and "v1 app's schema is not all there" in message, message
    assert "EDI" not in message


def test_status_json_says_the_old_build_does_not_start_without_the_key(tmp_path):
    db, old = upgraded(tmp_path, unique="")
    shown = run_cli("--migrations-dir", old, "status", db, "--json")
    report = json.loads(shown.stdout)
    assert "UNIQUE (slug) of notes is missing" in report["drift"], report


def test_the_old_app_upsert_really_fails_without_the_key(tmp_path):
    """Why the refusal: the v1 app's upsert on the file the claim let it start on."""
    db, _ = upgraded(tmp_path, unique="")
    with pytest.raises(sqlite3.OperationalError, match="ON CONFLICT clause does not match"):
        old_app_writes(db)
