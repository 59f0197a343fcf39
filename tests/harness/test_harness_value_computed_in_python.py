"""A value the migration computes in Python is declared by naming the function in SQL.

A migration filling a new column from Python (a slug from each title) has no SQL
expression to write in its ``Backfill``. The app's ``connect`` registers the function
(``conn.create_function("slugify", 1, slugify)``) and the declaration names it:
``Backfill("notes", "slug", expression="slugify(title)")``; the harness opens every
database through that connect, so the expression computes what the migration did. The
undeclared fill fails naming the ``Backfill`` to paste and, on the line after, this way to
write its expression; the advice followed literally passes (the control). A project that
is not the one the package ships for.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration

NOTES = '''"""Notes with a title."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    conn.execute("INSERT INTO notes (title) VALUES ('First Note'), ('Shopping List')")
'''
APP = '''
import re
import sqlite3


def slugify(title):
    return None if title is None else re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.create_function("slugify", 1, slugify, deterministic=True)
    return conn
'''
SLUGS = '''{declaration}
from notesapp import slugify


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN slug TEXT")
    rows = conn.execute("SELECT id, title FROM notes").fetchall()
    for note_id, title in rows:
        conn.execute("UPDATE notes SET slug = ? WHERE id = ?", (slugify(title), note_id))
'''
DECLARED = (
    "from edi_migrations.changes import Backfill\n\n"
    'CHANGES = (Backfill("notes", "slug", expression="slugify(title)"),)\n'
)


def run(pytester: pytest.Pytester, declaration: str) -> pytest.RunResult:
    (pytester.path / "notesapp.py").write_text(APP, encoding="utf-8")
    pytester.syspathinsert()  # the app module, importable as its migrations import it
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesapp:connect"\n')
    folder = first_migration(pytester, NOTES, name="notes")
    add_migration(folder, "slugs", SLUGS.format(declaration=declaration))
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
        "-p", "no:xdist", "-k", "test_upgrade_path", "--upgrade-path", "v1->v2",
    )  # fmt: skip


def test_a_fill_computed_in_python_fails_saying_how_to_declare_it(pytester):
    result = run(pytester, "")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*column notes.slug added and filled*not declared*Backfill(*notes*slug*expression=*",
            "*computed in Python*register*connect*expression=*slugify(title)*",
        ]
    )


def test_the_advice_followed_literally_passes(pytester):
    run(pytester, DECLARED).assert_outcomes(passed=1)
