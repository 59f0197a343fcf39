"""A rename-first rebuild under ``PRAGMA legacy_alter_table=ON`` is not EM101/EM110.

Zotero's userdata step 81 turns the legacy rename behaviour on, renames ``libraries`` to
``librariesOld``, makes ``libraries`` anew, copies the rows and drops the old one: other
tables' foreign keys keep naming ``libraries``, as the legacy behaviour means (the
runner's foreign keys are off, so nothing else is rewritten either). The lint replayed
the rename as SQLite 3.26 does and failed it twice, saying the references now name the
dropped copy: messages that cannot apply. Here a small chain (shelves and their books):
the legacy rebuild passes the lint (its EM109 acknowledged), its twin without the
PRAGMA still fails EM101, naming the rename.
"""

from __future__ import annotations

from tests.harness_projects import lint_of_second

SHELVES = '''"""Shelves and the books on them."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, "
        "shelf_id INTEGER REFERENCES shelves(id))"
    )
'''


def rebuild(pragma: str) -> str:
    return f'''
LINT_ACKNOWLEDGED = {{"EM109": "the legacy rename keeps the books' key naming shelves"}}


def upgrade(conn):
{pragma}    conn.execute("ALTER TABLE shelves RENAME TO shelvesOld")
    conn.execute(
        "CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT NOT NULL, wide INT NOT NULL DEFAULT 0)"
    )
    conn.execute("INSERT INTO shelves SELECT id, label, 0 FROM shelvesOld")
    conn.execute("DROP TABLE shelvesOld")
'''



def test_a_legacy_rename_first_rebuild_passes_the_lint(pytester):
    lint_of_second(pytester, SHELVES, rebuild('    conn.execute("PRAGMA legacy_alter_table=ON")\n')).assert_outcomes(passed=1)


def test_the_same_rebuild_without_the_legacy_rename_still_fails(pytester):
    result = lint_of_second(pytester, SHELVES, rebuild(""))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EM101 table rebuild renames the old table first*"])
