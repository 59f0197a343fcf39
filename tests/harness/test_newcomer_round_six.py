"""A newcomer's workflow, round six: each common mistake made on a small library chain,
the failure's advice followed literally. A rename written as add + copy + drop, declared
``RenameColumn`` as the failure says, crashed with a raw ``AttributeError`` when the
table (an INTEGER PRIMARY KEY) held a row whose foreign key dangled: the inherited
violation's row identity was renamed as if it were column names. It now passes, and the
same rename that loses the values still fails.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, two_steps

LIBRARY = '''"""A library app: authors and their books, one book kept with a lost author."""


def upgrade(conn):
    conn.execute("CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "author_id INTEGER REFERENCES authors(id), pages INTEGER)"
    )


def app_writes(conn, ctx):
    conn.execute("INSERT INTO books (title, author_id, pages) VALUES ('Orphaned', 999999, 12)")
'''
RENAME_BY_COPY = '''
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("books", "pages", "page_count"),)


def upgrade(conn):
    conn.execute("ALTER TABLE books ADD COLUMN page_count INTEGER")
    conn.execute("UPDATE books SET page_count = {copied}")
    conn.execute("ALTER TABLE books DROP COLUMN pages")
'''


@pytest.mark.parametrize(("copied", "sound"), [("pages", True), ("NULL", False)])
def test_a_rename_by_copy_declared_as_advised_is_judged_not_crashed(pytester, copied, sound):
    folder = two_steps(pytester, LIBRARY, RENAME_BY_COPY.format(copied=copied))
    result = run_matrix(pytester, folder, *STEP)
    out = result.stdout.str()
    assert "AttributeError" not in out and "Traceback" not in out, out
    if sound:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*books*page_count*"])
