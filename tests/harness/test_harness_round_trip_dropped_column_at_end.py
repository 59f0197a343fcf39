"""A declared ``DropColumn`` given back by its downgrade at the end of its table.

Alembic's and Django's downgrades make a dropped column again with ``ADD COLUMN`` (on
SQLite, short of a rebuild, the only way), so it comes back last, not where it was
(PowerDNS-Admin's ``remove_user_avatar``). The round trip already expects its values at
the DEFAULT, since no down can bring them back; it also compared the column's place, and
failed every such downgrade. The column is now given back either where it was or at the
end of its table; given back otherwise (another type) still fails. On a pets chain,
neither PowerDNS-Admin's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

PETS = '''"""Pets, with an optional nickname."""


def upgrade(conn):
    conn.execute("CREATE TABLE pet (id INTEGER PRIMARY KEY, nickname TEXT, species TEXT NOT NULL)")


def downgrade(conn):
    conn.execute("DROP TABLE pet")
'''

DROP = """
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("pet", "nickname"),)


def upgrade(conn):
    conn.execute("ALTER TABLE pet DROP COLUMN nickname")


def downgrade(conn):
    conn.execute("ALTER TABLE pet ADD COLUMN nickname GIVEN_BACK")
"""


@pytest.mark.parametrize("given_back", ["TEXT", "INTEGER"], ids=["as-it-was", "another-type"])
def test_a_dropped_column_made_again_at_the_end_gives_it_back(pytester, given_back):
    folder = two_steps(pytester, PETS, DROP.replace("GIVEN_BACK", given_back))
    result = run_matrix(
        pytester, folder, "-k", "test_round_trip_down_and_up", "--upgrade-path", "v1->v2"
    )
    if given_back == "TEXT":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*column nickname INTEGER*"])
