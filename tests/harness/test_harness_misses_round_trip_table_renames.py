"""The round trip's down from a version's own data: a table renamed aside, and a new one
made under its old name.

A migration keeping its old tokens as ``archived_tokens`` and making a new ``tokens``
has a down that drops the new table and renames the old one back. Read under the names
the renames had below, the two were both ``tokens``, and the new one could win: a sound
down was compared with the new table's rows (the column-level twin, a column renamed
and a new one under its name, was mended for Authelia's V0024). The new table is only
the later version's; a down losing archived rows still fails. A chain of its own, not
EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

TOKENS = '''"""API tokens."""


def upgrade(conn):
    conn.execute("CREATE TABLE tokens (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
'''

SCOPED = '''
from edi_migrations.changes import RenameTable

CHANGES = (RenameTable("tokens", "archived_tokens"),)


def upgrade(conn):
    conn.execute("ALTER TABLE tokens RENAME TO archived_tokens")
    conn.execute(
        "CREATE TABLE tokens (id INTEGER PRIMARY KEY, value TEXT NOT NULL, scope TEXT NOT NULL)"
    )


def downgrade(conn):
    conn.execute("DROP TABLE tokens"){more}
    conn.execute("ALTER TABLE archived_tokens RENAME TO tokens")


def app_writes(conn, ctx):
    for n in range(ctx.rows):
        conn.execute("INSERT INTO archived_tokens (value) VALUES (?)", (f"old{{n}}",))
        conn.execute("INSERT INTO tokens (value, scope) VALUES (?, 'read')", (f"new{{n}}",))
'''
SOUND = SCOPED.format(more="")
# the broken twin loses every other archived token on the way down
LOSES = SCOPED.format(more='\n    conn.execute("DELETE FROM archived_tokens WHERE id % 2 = 0")')


@pytest.mark.parametrize("second", [SOUND, LOSES], ids=["renames-back", "loses-archived"])
def test_a_table_renamed_aside_comes_back_from_the_apps_data(pytester, second):
    folder = two_steps(pytester, TOKENS, second)
    result = run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "*v2")
    if second is SOUND:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table tokens: * row(s) gone*"])
