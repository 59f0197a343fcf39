"""Red team, round nineteen, the harness's side: what landed with the app's connect
factories, a state's digest by value, the integrity plan's one pass, AntennaPod's port.

A migration that sets ``conn.row_factory`` (dict rows) and ``conn.text_factory`` itself,
with no app ``connect`` configured (the default): the factories it set stayed on the
connection for the runner's and the harness's reads after it, so a sound one failed every
path "at" the runner's schema read with a ``KeyError`` (a false alarm), and its broken
twin, one that empties a column it was not declared to change, failed with the same
``KeyError`` instead of the loss. Both now judged on what they did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, first_migration

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    conn.execute("INSERT INTO notes (title, body) VALUES ('Hello World', 'text')")
'''

OWN_FACTORIES = '''"""Titles trimmed in Python, each row read by its column's name."""
from edi_migrations.changes import Recompute

CHANGES = (Recompute("notes", "title", expression="trim(title)"),)


def dicts(cursor, row):
    return {col[0]: row[i] for i, col in enumerate(cursor.description)}


def upgrade(conn):
    conn.row_factory = dicts
    conn.text_factory = bytes
    for row in conn.execute("SELECT id, title FROM notes").fetchall():
        title = None if row["title"] is None else row["title"].decode("utf-8", "replace")
        conn.execute("UPDATE notes SET title = trim(?) WHERE id = ?", (title, row["id"]))
    {extra}
'''

LOSES_BODIES = 'conn.execute("UPDATE notes SET body = NULL")'


def notes_app(pytester: pytest.Pytester, extra: str) -> Path:
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "trim", OWN_FACTORIES.replace("{extra}", extra))
    return folder


def run(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "--matrix-rows", "10", "--snapshot-update")
    return pytester.runpytest_subprocess(*argv, timeout=300)


def test_a_migration_setting_its_own_factories_passes_every_check(pytester):
    result = run(pytester, notes_app(pytester, "pass"))
    outcomes, out = result.parseoutcomes(), result.stdout.str()
    assert outcomes.get("passed", 0) > 0, out
    assert not outcomes.get("failed") and not outcomes.get("errors"), out


def test_its_twin_losing_a_column_fails_on_the_loss(pytester):
    result = run(pytester, notes_app(pytester, LOSES_BODIES))
    out = result.stdout.str()
    assert result.parseoutcomes().get("failed", 0) > 0, out
    assert "KeyError" not in out, out
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*notes.body rowid*after null*"])
