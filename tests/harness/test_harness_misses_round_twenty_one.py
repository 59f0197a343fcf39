"""Red team, round twenty-one: this session's newest code (the rowid alias decided once,
pasted check ids, EM117, the ``detect_types`` probe, generated columns compared by their
expression), attacked on a chain not EDI's.

1. A generated column's expression holding a double-quoted string (``name || "X"``: SQLite
   reads a double-quoted word naming no column as a string): the schema's tokens fold a
   quoted word to lower case, as they must for a name, so a rebuild writing ``"x"`` (every
   row's value changed) passed 'constraints kept', and one writing the same string as
   ``'X'`` (what SQLite's docs ask for) failed it.

Found sound: see CHANGELOG.md, "Red team, round twenty-one".
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

# 1. A generated column's double-quoted string.
LABELS = '''"""Labels of a stock app."""


def upgrade(conn):
    conn.execute(
        'CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, '
        'label TEXT AS (name || "X"))'
    )
'''
REBUILT = """
from edi_migrations.rebuild import NewTable, rebuild_tables


def upgrade(conn):
    rebuild_tables(conn, [NewTable("item", {!r})])
"""
COLUMN = "id INTEGER PRIMARY KEY, name TEXT NOT NULL, label TEXT"
DEFINITIONS = {
    "sound, STORED": f'{COLUMN} AS (name || "X") STORED',
    "sound, the string single-quoted": f"{COLUMN} AS (name || 'X') VIRTUAL",
    "broken, the string's case changed": f'{COLUMN} AS (name || "x") VIRTUAL',
    "broken, no longer generated": COLUMN,
}
BROKEN_LINE = {
    "broken, the string's case changed": "*table item: generated on label changed: "
    "before (as (name || 'X')), after (as (name || 'x'))*",
    "broken, no longer generated": "*table item: generated on label removed*",
}


@pytest.mark.parametrize("twin", sorted(DEFINITIONS))
def test_a_generated_columns_double_quoted_string_is_compared_as_a_string(pytester, twin):
    folder = first_migration(pytester, LABELS, name="labels")
    add_migration(folder, "rebuilt", REBUILT.format(DEFINITIONS[twin]))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if twin.startswith("sound"):
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([BROKEN_LINE[twin]])
