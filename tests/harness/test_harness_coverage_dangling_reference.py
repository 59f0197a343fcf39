"""A start table no row can be written to says why: its foreign key names a table the
schema does not have.

Vaultwarden's ``create_users_ciphers`` renames ``ciphers`` away and drops the copy; from
SQLite 3.26 the rename points ``attachments``' foreign key at the copy, so the start
databases of the next versions hold no attachment, and the coverage check asked for an
``app_writes`` that could not help (with foreign keys on, the app cannot write a row
there either). A small folders chain of its own (not EDI's, not Vaultwarden's): its
rebuild renames the old table away (the broken twin) or makes the new one under a
temporary name first (the control).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix

FOLDERS = '''"""Folders and their items."""


def upgrade(conn):
    conn.execute("CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, folder INTEGER NOT NULL REFERENCES folders (id))"
    )
'''
RENAMED_AWAY = '''"""Folders get a colour (the old table renamed away first)."""

LINT_ACKNOWLEDGED = {"EM101": "the twin under test", "EM110": "the twin under test"}


def upgrade(conn):
    conn.execute("ALTER TABLE folders RENAME TO old_folders")
    conn.execute("CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT)")
    conn.execute("INSERT INTO folders (id, name) SELECT id, name FROM old_folders")
    conn.execute("DROP TABLE old_folders")
'''
NEW_FIRST = '''"""Folders get a colour (the new table made under a temporary name first)."""


def upgrade(conn):
    conn.execute("CREATE TABLE new_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT)")
    conn.execute("INSERT INTO new_folders (id, name) SELECT id, name FROM folders")
    conn.execute("DROP TABLE folders")
    conn.execute("ALTER TABLE new_folders RENAME TO folders")
'''

INDEX = '''"""Items are found by folder (v2 is then a start of the matrix)."""


def upgrade(conn):
    conn.execute("CREATE INDEX items_by_folder ON items (folder)")
'''


def coverage_of_v2(pytester: pytest.Pytester, second: str):
    folder = pytester.path / "migrations"
    folder.mkdir()
    (folder / "0001_folders.py").write_text(FOLDERS, encoding="utf-8")
    (folder / "0002_colour.py").write_text(second, encoding="utf-8")
    (folder / "0003_index.py").write_text(INDEX, encoding="utf-8")
    return run_matrix(
        pytester,
        folder,
        *("-o", "edi_migrations_app_foreign_keys=true"),  # the app's rows hold no orphan
        *("-k", "test_start_database_covers_the_schema and v2", "-p", "no:randomly"),
    )


def test_an_empty_table_whose_reference_dangles_is_named_with_its_reference(pytester):
    result = coverage_of_v2(pytester, RENAMED_AWAY)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*table items is empty: its foreign key on folder names old_folders, a table "
            "this schema does not have*",
        ]
    )
    result.stdout.no_fnmatch_line("*app_writes*")


def test_the_same_rebuild_keeping_its_references_is_covered(pytester):
    result = coverage_of_v2(pytester, NEW_FIRST)
    result.assert_outcomes(passed=1)
