"""``PRAGMA legacy_alter_table=OFF`` in a migration is not a lint finding; ``=ON`` still is.

Zotero's userdata step 118 turns the legacy rename behaviour off again after the steps that
needed it: OFF is the runner's own setting, so the statement changes nothing, yet EM109
failed it saying it "switches table renames back to pre-3.26 behaviour", a message that
cannot apply. Here a small chain (a library of shelves) renames a table in both twins: the
one that turns the legacy behaviour on still fails EM109, the one that turns it off passes.
"""

from __future__ import annotations

from tests.harness_projects import lint_of_second

SHELVES = '''"""Shelves of a library."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
'''


def rename_with(value: str) -> str:
    return f'''
from edi_migrations.changes import RenameTable

CHANGES = (RenameTable("shelves", "racks"),)


def upgrade(conn):
    conn.execute("PRAGMA legacy_alter_table={value}")
    conn.execute("ALTER TABLE shelves RENAME TO racks")
'''



def test_turning_legacy_renames_off_again_is_not_a_finding(pytester):
    lint_of_second(pytester, SHELVES, rename_with("OFF")).assert_outcomes(passed=1)


def test_turning_legacy_renames_on_still_fails_the_lint(pytester):
    result = lint_of_second(pytester, SHELVES, rename_with("ON"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EM109 PRAGMA legacy_alter_table in a migration*"])
