"""A table with a column named ``rowid`` (SQLite then means the column by that name, not
the row id): the runner's integrity check took its text for a row count and raised a
TypeError on every path; the sound step now passes the default matrix, and a step that
loses one of its rows still fails. On a small chain not EDI's.
"""

from __future__ import annotations

from tests.newcomer_chains import passes_the_default_matrix, step_fails_showing, two_steps

IMPORTS = '''"""Rows imported from a CSV file whose first column is called rowid."""


def upgrade(conn):
    conn.execute('CREATE TABLE "imports" (rowid TEXT, value TEXT)')
'''
NOTE = """
def upgrade(conn):
    if "note" not in [r[1] for r in conn.execute("PRAGMA table_info(imports)")]:
        conn.execute("ALTER TABLE imports ADD COLUMN note TEXT")
"""
LOSES_ONE = NOTE + '    conn.execute("DELETE FROM imports WHERE _rowid_ = 3")\n'


def test_a_column_named_rowid_passes_the_default_matrix(pytester):
    required = ("-o", "edi_migrations_previous_app=required")
    result = passes_the_default_matrix(pytester, two_steps(pytester, IMPORTS, NOTE), *required)
    result.stdout.fnmatch_lines(["*the v1 app keeps working on v2*"])


def test_a_step_losing_one_of_its_rows_still_fails(pytester):
    lines = ["*broke invariant 'data kept'*", "*imports*row lost*"]
    step_fails_showing(pytester, two_steps(pytester, IMPORTS, LOSES_ONE), lines)
