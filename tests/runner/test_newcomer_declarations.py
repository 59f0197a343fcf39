"""``CHANGES`` as a newcomer writes it: one declaration without the trailing comma that
makes a tuple (``CHANGES = (RenameTable("a", "b"))``) is that declaration, not a raw
TypeError of every command and a pytest traceback; anything that is not declarations (a
class not called, a string) is refused naming the file, the name and the item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.changes import RenameTable
from edi_migrations.errors import BadMigrationsFolder
from tests.harness_projects import run_matrix

FIRST = '''"""Posts and notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE blog_post (id INTEGER PRIMARY KEY, title TEXT)")
'''
RENAME = '''"""blog_post becomes blog_article."""

from edi_migrations.changes import AddRows, RenameTable

CHANGES = {declared}


def upgrade(conn):
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    if "blog_post" in names:
        conn.execute("ALTER TABLE blog_post RENAME TO blog_article")
'''


def chain(folder: Path, declared: str) -> Path:
    folder.mkdir()
    (folder / "0001_posts.py").write_text(FIRST, encoding="utf-8")
    (folder / "0002_rename.py").write_text(RENAME.format(declared=declared), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "declared",
    ['(RenameTable("blog_post", "blog_article"))', 'RenameTable("blog_post", "blog_article")'],
)
def test_one_declaration_without_its_comma_is_that_declaration(tmp_path, declared):
    migrations = load_migrations(chain(tmp_path / "m", declared))
    assert migrations[1].changes == (RenameTable("blog_post", "blog_article"),)


@pytest.mark.parametrize(
    ("declared", "named"),
    [
        ("(AddRows,)", 'AddRows is a declaration\'s class: call it, e.g. AddRows("table")'),
        ("('DropTable(\"x\")',)", "item 1 is 'DropTable(\"x\")', not a declaration"),
        ("42", "42 is not a tuple of declarations"),
    ],
)
def test_what_is_not_a_declaration_is_refused_naming_it(tmp_path, declared, named):
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(chain(tmp_path / "m", declared))
    assert f"0002_rename.py: CHANGES: {named}" in str(refused.value)


def test_the_plugin_says_so_at_collection_not_in_a_traceback(pytester):
    folder = chain(pytester.path / "migrations", "(AddRows,)")
    result = run_matrix(pytester, folder)
    result.stdout.fnmatch_lines(["*0002_rename.py: CHANGES: AddRows is a declaration's class*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
