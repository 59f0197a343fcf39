"""Newcomer, round twenty: a notes app whose ``connect`` turns foreign keys on, with an
FTS5 external-content index kept in sync by triggers on ``notes``. 'triggers fire' deletes
one row of every table with triggers; where that row is a parent a child still references
(a plain ``REFERENCES notes(id)``), SQLite refuses the DELETE itself with "FOREIGN KEY
constraint failed", which the check blamed on the FTS triggers: a sound migration
refused. A trigger that really fails when it fires is still caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_newcomer_round_eighteen import run  # the upgrade paths alone
from tests.harness_projects import add_migration, first_migration

NOTES = '''"""Notes and their tags, every note tagged."""


def upgrade(conn):
    conn.executescript(
        """
        CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE note_tags (
            note_id INTEGER NOT NULL REFERENCES notes(id),
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (note_id, tag_id)
        );
        """
    )


def app_writes(conn, ctx):
    conn.execute("INSERT INTO tags (id, name) VALUES (1, 'bread')")
    for i in range(1, 11):
        conn.execute("INSERT INTO notes (id, title, body) VALUES (?, ?, 'baking')", (i, f"n{i}"))
        conn.execute("INSERT INTO note_tags (note_id, tag_id) VALUES (?, 1)", (i,))
'''

FTS = '''"""Full-text search over notes, kept in sync by triggers."""


def upgrade(conn):
    conn.executescript(
        """
        CREATE VIRTUAL TABLE notes_fts USING fts5(title, body, content='notes', content_rowid='id');
        CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
          INSERT INTO notes_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
          INSERT INTO notes_fts(notes_fts, rowid, title, body)
          VALUES ('delete', old.id, old.title, old.body);
          {more}
        END;
        """
    )
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
'''

CONNECT = """import sqlite3


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
"""


def notes_app(pytester: pytest.Pytester, more: str = "") -> Path:
    (pytester.path / "notesdb.py").write_text(CONNECT, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    pytester.makeini("[pytest]\nedi_migrations_app_foreign_keys = true\n")
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "notes_fts", FTS.replace("{more}", more))
    return folder


def test_fts_triggers_on_a_parent_table_its_children_keep_pass(pytester):
    result = run(pytester, notes_app(pytester))
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_delete_trigger_that_fails_when_it_fires_still_fails(pytester):
    result = run(pytester, notes_app(pytester, "INSERT INTO gone_table VALUES (old.id);"))
    result.stdout.fnmatch_lines(["*a trigger on notes fails when it fires: no such table*"])
    assert result.parseoutcomes().get("failed", 0) > 0, result.stdout.str()
