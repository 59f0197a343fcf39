"""Every check runs a migration reading rows as the app's own ``connect`` returns them.

The app's connect makes rows dicts (``conn.row_factory``); its migrations, the app's code,
read ``row["title"]``. The runner's and the harness's own reads are plain (round
twenty-one), and a migration's ``upgrade(conn)`` gets the app's factories back for its
run: in the upgrade paths, and where a check calls it on a connection of its own (the
fresh install built in memory, the re-run, the view sums). The control: a migration
reading by index, which the app's own dict rows would break, fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, first_migration

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    conn.execute("INSERT INTO notes (title) VALUES ('Hello World')")
'''

SLUGS = '''"""A slug for each note, made in Python."""
from edi_migrations.changes import AddColumn, Backfill

CHANGES = (AddColumn("notes", "slug"), Backfill("notes", "slug", expression="slugify(title)"))


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    for row in conn.execute("SELECT id, title FROM notes").fetchall():
        conn.execute("UPDATE notes SET slug = slugify(?) WHERE id = ?", ({read}, row["id"]))
'''

CONNECT = """import sqlite3


def dict_factory(cursor, row):
    return {col[0]: row[i] for i, col in enumerate(cursor.description)}


def slugify(text):
    return None if text is None else str(text).lower().replace(" ", "-")


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.create_function("slugify", 1, slugify, deterministic=True)
    conn.row_factory = dict_factory
    return conn
"""


def notes_app(pytester: pytest.Pytester, read: str) -> Path:
    (pytester.path / "notesdb.py").write_text(CONNECT, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "slugs", SLUGS.replace("{read}", read))
    return folder


def run(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "--matrix-rows", "10", "--snapshot-update")
    return pytester.runpytest_subprocess(*argv, timeout=300)


def test_a_migration_reading_rows_by_name_passes_every_check(pytester):
    result = run(pytester, notes_app(pytester, 'row["title"]'))
    outcomes, out = result.parseoutcomes(), result.stdout.str()
    assert outcomes.get("passed", 0) > 0, out
    assert not outcomes.get("failed") and not outcomes.get("errors"), out


def test_a_migration_reading_rows_by_index_fails_as_in_the_app(pytester):
    result = run(pytester, notes_app(pytester, "row[1]"))
    assert result.parseoutcomes().get("failed", 0) > 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*0002_slugs*KeyError*"])
