"""The build one version back starting on a file whose newest migration says
``KEEPS_PREVIOUS_APP``, where a UNIQUE key's collation is what changed.

A key the older app relies on being case-blind (``UNIQUE (slug COLLATE NOCASE)``, or a
column declared ``COLLATE NOCASE``) rebuilt as a plain ``UNIQUE (slug)`` lets ``'A'`` in
beside ``'a'``: refusing the older build is right, but "UNIQUE (slug collate nocase) of
notes is missing" sent its reader looking for a key that is there. The refusal now says
what differs, the collation. A key whose collation is unchanged, however spelled
(``nocase`` for ``NOCASE``) and wherever it lives (an index, a table's constraint, the
column's own COLLATE), still lets the older build start. Real files, two builds as two
folders, a chain not EDI's.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import upgrade
from edi_migrations.sqlite.dbapi import sqlite3
from tests.older_builds import start_refused, upgraded_by_newer

FIRST = '''"""Notes, each with a slug the app keeps unique{how}."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, slug TEXT{column}{key})")
    {index}
'''
REBUILT = '''"""The notes rebuilt with a pinned flag; the claim says the v1 app keeps working."""

KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute(
        "CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT, slug TEXT{column}, "
        "pinned INTEGER NOT NULL DEFAULT 0{key})"
    )
    conn.execute("INSERT INTO notes_new (id, title, slug) SELECT id, title, slug FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
    {index}
'''
# Where a key lives: a table's constraint, the column's own COLLATE, an index.
NOCASE_KEY = {"column": "", "key": ", UNIQUE (slug COLLATE NOCASE)", "index": "pass"}
NOCASE_COLUMN = {"column": " COLLATE NOCASE UNIQUE", "key": "", "index": "pass"}
NOCASE_INDEX = {
    "column": "",
    "key": "",
    "index": 'conn.execute("CREATE UNIQUE INDEX notes_slug ON notes (slug COLLATE NOCASE)")',
}
PLAIN_KEY = {"column": "", "key": ", UNIQUE (slug)", "index": "pass"}
UPSERT = (
    "INSERT INTO notes (title, slug) VALUES ('again', 'A') "
    "ON CONFLICT (slug) DO UPDATE SET title = excluded.title"
)


def upgraded(tmp_path: Path, first: dict[str, str], second: dict[str, str]) -> tuple[Path, Path]:
    """A file the v1 build made and the v2 build upgraded: (db, v1 build's folder)."""
    v1 = FIRST.format(how=" without case" if "NOCASE" in str(first) else "", **first)
    row = "INSERT INTO notes (title, slug) VALUES ('first', 'a')"
    return upgraded_by_newer(tmp_path, v1, REBUILT.format(**second), row)


def old_app_upserts(db: Path) -> list[tuple]:
    """The v1 app's upsert of slug 'A' where 'a' is, and the notes it then finds."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(UPSERT)
        return conn.execute("SELECT slug, title FROM notes ORDER BY id").fetchall()


@pytest.mark.parametrize(
    ("first", "second", "now", "was"),
    [
        (NOCASE_KEY, PLAIN_KEY, "BINARY", "NOCASE"),
        (NOCASE_COLUMN, PLAIN_KEY, "BINARY", "NOCASE"),
        (NOCASE_INDEX, PLAIN_KEY, "BINARY", "NOCASE"),
        (PLAIN_KEY, NOCASE_KEY, "NOCASE", "BINARY"),
    ],
    ids=["constraint-made-plain", "column-made-plain", "index-made-plain", "plain-made-nocase"],
)
def test_a_key_compared_with_another_collation_refuses_the_old_build_naming_it(
    tmp_path, first, second, now, was
):
    db, old = upgraded(tmp_path, first, second)
    message = start_refused(db, old)
    said = f"UNIQUE (slug) of notes compares slug with COLLATE {now}, the v1 app's key with"
    assert f"{said} COLLATE {was}" in message, message
    assert "missing" not in message and "EDI" not in message, message


def test_why_refusing_is_right_the_old_upsert_adds_a_second_slug_on_a_plain_key(tmp_path):
    db, _ = upgraded(tmp_path, NOCASE_KEY, PLAIN_KEY)
    assert old_app_upserts(db) == [("a", "first"), ("A", "again")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (NOCASE_KEY, {**NOCASE_KEY, "key": ", UNIQUE (slug COLLATE nocase)"}),
        (NOCASE_KEY, {**NOCASE_INDEX, "index": NOCASE_INDEX["index"].replace("NOCASE", "Nocase")}),
        (NOCASE_INDEX, {**NOCASE_KEY, "key": ", UNIQUE (slug collate nocase)"}),
        (NOCASE_COLUMN, {**NOCASE_KEY, "key": ", UNIQUE (slug COLLATE nocase)"}),
        (NOCASE_COLUMN, {"column": " COLLATE nocase", "key": ", UNIQUE (slug)", "index": "pass"}),
    ],
    ids=[
        "constraint-respelled",
        "constraint-to-index",
        "index-to-constraint",
        "column-to-constraint",
        "column-respelled",
    ],
)
def test_a_key_whose_collation_is_unchanged_however_spelled_lets_the_old_build_start(
    tmp_path, first, second
):
    db, old = upgraded(tmp_path, first, second)
    assert upgrade(db, migrations_dir=old).newer_version == 2
    assert old_app_upserts(db) == [("a", "again")]
