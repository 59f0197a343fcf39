"""Red team, round nineteen, the harness's side: what landed with the app's connect
factories, a state's digest by value, the integrity plan's one pass, AntennaPod's port.

A migration that sets ``conn.row_factory`` (dict rows) and ``conn.text_factory`` itself,
with no app ``connect`` configured (the default): the factories it set stayed on the
connection for the runner's and the harness's reads after it, so a sound one failed every
path "at" the runner's schema read with a ``KeyError`` (a false alarm), and its broken
twin, one that empties a column it was not declared to change, failed with the same
``KeyError`` instead of the loss. Both now judged on what they did.

An app ``connect`` setting ``conn.row_factory = sqlite3.Row`` (or a subclass): the
harness kept it on its own reads, and the previous-app check, comparing the v1 app's reads
and a ``quick_check`` against tuples, said "the v1 app breaks on v2" for a column added
with a default (a false alarm, failing under ``edi_migrations_previous_app = required``).

Found sound: a state's digest by value (1, 1.0 and a large int as float, -0.0 and 0.0,
b'' and '', shared or unshared tuples: distinct where they differ, one where equal; a state
holds no cycle), the integrity plan's index count (quoted and case-respelled names, an
index named like a table, temp and attached tables: the same counts as the subquery).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_harness_migration_reads_as_the_app import run  # all checks, 10 rows
from tests.harness_projects import add_migration, first_migration

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


def passes_every_check(result: pytest.RunResult) -> None:
    outcomes, out = result.parseoutcomes(), result.stdout.str()
    assert outcomes.get("passed", 0) > 0 and not outcomes.get("failed"), out
    assert not outcomes.get("errors"), out


def test_a_migration_setting_its_own_factories_passes_every_check(pytester):
    passes_every_check(run(pytester, notes_app(pytester, "pass")))


def test_its_twin_losing_a_column_fails_on_the_loss(pytester):
    result = run(pytester, notes_app(pytester, LOSES_BODIES))
    out = result.stdout.str()
    assert result.parseoutcomes().get("failed", 0) > 0, out
    assert "KeyError" not in out, out
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*notes.body rowid*after null*"])


ROW_CONNECT = """import sqlite3


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.row_factory = {row_factory}
    return conn
"""

ADDS_A_COLUMN = '''"""Notes get a pinned flag{what}."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")
    {extra}
'''

RENAMES_BODY = 'conn.execute("ALTER TABLE notes RENAME COLUMN body TO text")'


def row_app(pytester: pytest.Pytester, row_factory: str, extra: str) -> Path:
    (pytester.path / "notesdb.py").write_text(ROW_CONNECT.replace("{row_factory}", row_factory))
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "pinned", ADDS_A_COLUMN.replace("{extra}", extra).replace("{what}", ""))
    return folder


ROW = "sqlite3.Row"
ROW_SUBCLASS = "type('NoteRow', (sqlite3.Row,), {})"


@pytest.mark.parametrize(
    "row_factory", [ROW, ROW_SUBCLASS, "None"], ids=["Row", "subclass", "plain"]
)
def test_a_connect_reading_sqlite3_rows_keeps_the_previous_app_working(pytester, row_factory):
    """``sqlite3.Row`` (and its subclasses) was kept on the harness's own reads: the
    previous-app check compared the v1 app's reads as ``Row`` objects and its
    ``quick_check`` with ``[("ok",)]``, which a ``Row`` never equals: "the v1 app breaks
    on v2" for a column added with a default (a false alarm; failing under ``required``)."""
    result = run(pytester, row_app(pytester, row_factory, "pass"))
    passes_every_check(result)
    result.stdout.fnmatch_lines(["*0002_pinned: the v1 app keeps working on v2*"])


def test_its_twin_renaming_a_column_breaks_the_previous_app_under_sqlite3_rows(pytester):
    result = run(pytester, row_app(pytester, ROW, RENAMES_BODY))
    out = result.stdout.str()
    result.stdout.fnmatch_lines(["*0002_pinned: the v1 app breaks on v2*", "*body*"])
    assert "unsound: ok" not in out, out
