"""The data fixes real projects make are declared, and the harness checks each one: a
bookmarks app (users, bookmarks, tags, links; a trigger keeps each tag's use count, a
view lists the unread) appends a migration 0002 that adds rows, recomputes a column,
merges duplicate tags or moves dead bookmarks aside. Each declared fix done right PASSES
the matrix (v1->v2); done wrong, or left undeclared, it FAILS naming the line to paste.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, assert_outcome, run_matrix

BOOKMARKS = Path(__file__).parents[1] / "bookmarks_app" / "migrations"
V1_V2 = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.fixture
def bookmarks(pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(BOOKMARKS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


@dataclass(frozen=True)
class Case:
    """Migration 0002: its CHANGES, its upgrade() body, and the lines a failure must show."""

    changes: str
    upgrade: str
    expect: tuple[str, ...] = ()  # empty: the matrix must pass


def run(pytester, folder: Path, case: Case) -> None:
    body = "\n".join(f"    {line}" for line in case.upgrade.strip().splitlines())
    add_migration(
        folder,
        "data_fix",
        "from edi_migrations.changes import *  # noqa: F403\n"
        "from edi_migrations.quarantine import encode_row  # noqa: F401\n\n"
        f"CHANGES = ({case.changes})\n\n\ndef upgrade(conn):\n{body}\n",
    )
    assert_outcome(run_matrix(pytester, folder, *V1_V2), case.expect)


ADD_TAG = "conn.execute(\"INSERT INTO tags (name) VALUES ('unsorted')\")"

TRIM_TITLES = 'conn.execute("UPDATE bookmarks SET title = trim(title)")'

KEEP = "(SELECT min(k.id) FROM tags k WHERE lower(trim(k.name)) = lower(trim(t.name)))"
MERGE_TAGS = f"""
conn.execute(
    "UPDATE OR IGNORE bookmark_tags SET tag_id = "
    "(SELECT {KEEP} FROM tags t WHERE t.id = bookmark_tags.tag_id)"
)
conn.execute("DELETE FROM bookmark_tags WHERE tag_id NOT IN (SELECT {KEEP} FROM tags t)")
conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT {KEEP} FROM tags t)")
"""
MERGED = 'MergeRows("tags", key=("lower(trim(name))",), references=("bookmark_tags.tag_id",))'

MOVE_DEAD = """
conn.execute(
    "CREATE TABLE IF NOT EXISTS set_aside (id INTEGER PRIMARY KEY, "
    "source_table TEXT NOT NULL, source_rowid INTEGER NOT NULL, row_json TEXT NOT NULL)"
)
dead = "SELECT id FROM bookmarks WHERE url LIKE '%/dead'"
for table, where in (("bookmark_tags", f"bookmark_id IN ({dead})"), ("bookmarks", f"id IN ({dead})")):
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    rows = conn.execute(f"SELECT rowid, * FROM {table} WHERE {where}").fetchall()
    for rowid, *values in rows:
        conn.execute(
            "INSERT INTO set_aside (source_table, source_rowid, row_json) VALUES (?, ?, ?)",
            (table, rowid, encode_row(names, values)),
        )
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
"""
MOVED = 'MoveRows("bookmarks", "set_aside"), MoveRows("bookmark_tags", "set_aside")'

CASES = {
    "rows added to an existing table, declared, pass": Case('AddRows("tags"),', ADD_TAG),
    "rows added undeclared fail with the line to paste": Case(
        "",
        ADD_TAG,
        expect=('*tags rowid 6: row added, not declared: declare it in CHANGES: AddRows("tags")*',),
    ),
    "a column recomputed by its declared rule passes": Case(
        'Recompute("bookmarks", "title", expression="trim(title)"),', TRIM_TITLES
    ),
    "a column recomputed by another rule than declared fails": Case(
        'Recompute("bookmarks", "title", expression="trim(title)"),',
        'conn.execute("UPDATE bookmarks SET title = upper(trim(title))")',
        expect=(
            "*bookmarks.title rowid 1: before text ' SQLite home ', after text 'SQLITE HOME' "
            "(expected text 'SQLite home': recompute trim(title))*",
        ),
    ),
    "a column changed undeclared fails with the line to paste": Case(
        "",
        TRIM_TITLES,
        expect=(
            "*bookmarks.title rowid 1: before text ' SQLite home ', after text 'SQLite home' "
            "(expected text ' SQLite home ': unchanged): declare it in CHANGES: "
            'Recompute("bookmarks", "title", expression="...")*',
        ),
    ),
    "duplicates merged, links repointed to the kept row, pass": Case(f"{MERGED},", MERGE_TAGS),
    "a merge that leaves links on the removed rows fails (the runner refuses it)": Case(
        f"{MERGED},",
        'conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT ' + KEEP + ' FROM tags t)")',
        expect=("*migration 0002_data_fix left 4 new foreign-key violation(s)*",),
    ),
    "a merge that repoints links to another row than it keeps fails": Case(
        f"{MERGED},",
        MERGE_TAGS.replace("min(k.id)", "max(k.id)", 1),
        expect=(
            "*bookmark_tags rowid 6: row lost (bookmark_id=integer 3, tag_id=integer 3): "
            "expected kept with tag_id integer 1 (tags rowid 3 merged into rowid 1)*",
        ),
    ),
    "a merge that keeps two rows of one key fails": Case(
        f"{MERGED},",
        MERGE_TAGS.split('conn.execute("DELETE FROM tags')[0],
        expect=("*tags rowids 1, 3 share key ('sqlite'): declared merged, 2 kept*",),
    ),
    "a merge left undeclared fails with the line to paste": Case(
        "",
        MERGE_TAGS,
        expect=(
            '*tags rowid 3: row lost (*): declare it in CHANGES: MoveRows("tags", "..."), or '
            'DeleteRows("tags", where="..."), or '
            'MergeRows("tags", key=("...",), references=("bookmark_tags.tag_id",))',
        ),
    ),
    "rows moved aside pass: the view loses them, the trigger's counts follow": Case(
        f'AddTable("set_aside"), {MOVED},', MOVE_DEAD
    ),
    "a counter the triggers would keep, left stale, fails": Case(
        f'AddTable("set_aside"), {MOVED},',
        'conn.execute("DROP TRIGGER tag_unused")\n'
        + MOVE_DEAD
        + '\nconn.execute("CREATE TRIGGER tag_unused AFTER DELETE ON bookmark_tags BEGIN'
        ' UPDATE tags SET use_count = use_count - 1 WHERE id = OLD.tag_id; END")',
        expect=(
            "*tags.use_count rowid 5: before integer 1, after integer 1 "
            "(expected integer 0: the app's triggers, as the declared rows left)*",
        ),
    ),
    "a view that loses other rows than the moved ones fails": Case(
        f'AddTable("set_aside"), {MOVED},',
        MOVE_DEAD + '\nconn.execute("UPDATE bookmarks SET is_read = 1 WHERE id = 4")',
        expect=("*view unread_bookmarks: 1 row(s) gone, 0 new*'https://example.com/a'*",),
    ),
    "many values changed: one line names every column and what was left out": Case(
        "",
        'conn.execute("UPDATE bookmarks SET url = upper(url), title = upper(title)")\n'
        'conn.execute("UPDATE tags SET name = upper(name)")\n'
        'conn.execute("UPDATE users SET name = upper(name)")',
        expect=(
            "*tags.name rowid 1: before text 'sqlite', after text 'SQLITE'*",
            "*… and 6 more not shown: tags.name 4, users.name 2 "
            "(in all: bookmarks.title 3, bookmarks.url 4, tags.name 5, users.name 2)",
            "*[[]views keep their rows]*",
        ),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_a_data_fix(pytester, bookmarks, case):
    run(pytester, bookmarks, case)
