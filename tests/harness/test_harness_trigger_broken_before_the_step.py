"""A trigger that already fails when it fires at the start is not the step's doing.

calibre's 2011 base schema shipped ``BEFORE DELETE ON authors`` triggers reading
``OLD.book``, a column ``authors`` lacks; its second upgrade replaced them. The harness
fired every trigger after each step and blamed the first step after the base, which did
not touch them. A step that breaks a trigger (adds a broken one, or drops the table a
working one reads) is still caught. On a shelves chain, not calibre's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

BROKEN = """
    CREATE TRIGGER shelf_guard BEFORE DELETE ON shelf
    BEGIN
        SELECT CASE WHEN (SELECT COUNT(*) FROM item WHERE shelf_id = OLD.shelf) > 0
        THEN RAISE(ABORT, 'shelf still holds items') END;
    END
"""

WORKING = BROKEN.replace("OLD.shelf", "OLD.id")


def shelves(trigger: str) -> str:
    """The first version: shelves and their items, ``trigger`` guarding a shelf's delete."""
    return f'''"""Shelves and items."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelf (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, shelf_id INTEGER, label TEXT)")
    conn.execute("""{trigger}""") if {bool(trigger)} else None
'''


def second(statement: str) -> str:
    """A step running ``statement`` (triple-quoted); dropping ``item`` is declared."""
    return (
        "from edi_migrations.changes import DropTable\n\n"
        'CHANGES = (DropTable("item"),) if "DROP TABLE" in """' + statement + '""" else ()\n\n\n'
        f'def upgrade(conn):\n    conn.execute("""{statement}""")\n'
    )


CASES = {
    "broken-at-the-start": (BROKEN, "CREATE INDEX item_label ON item (label)", None),
    "broken-by-the-step": ("", BROKEN, "*a trigger on shelf fails when it fires: no such column*"),
    "broken-by-a-drop": (
        WORKING,
        "DROP TABLE item",
        "*a trigger on shelf fails when it fires: no such table: main.item*",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_only_a_trigger_the_step_broke_is_reported(pytester, case):
    start, statement, expect = CASES[case]
    folder = first_migration(pytester, shelves(start))
    add_migration(folder, "two", second(statement))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if expect is None:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([expect])


def dropping_the_guard(written: str) -> str:
    """A step dropping the broken guard, then deleting the shelves ``written`` names,
    declaring the even ones (calibre's second upgrade deletes the unreferenced)."""
    return f'''
from edi_migrations.changes import DeleteRows, DropObject

CHANGES = (
    DropObject("trigger", "shelf_guard"),
    DeleteRows("shelf", "id % 2 = 0"),
)


def upgrade(conn):
    conn.execute("DROP TRIGGER shelf_guard")
    conn.execute("DELETE FROM shelf WHERE {written}")
'''


@pytest.mark.parametrize(
    "written",
    ["id % 2 = 0", "1"],
    ids=["as-declared", "every-shelf"],
)
def test_a_declared_deletion_replays_without_the_broken_guard_the_step_dropped(
    pytester, written
):
    folder = first_migration(pytester, shelves(BROKEN))
    add_migration(folder, "two", dropping_the_guard(written))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if written == "1":
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(["*shelf rowid *: row lost*"])
        return
    result.assert_outcomes(passed=1)
