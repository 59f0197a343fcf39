"""A round trip expects a column its up declares dropped back as its DEFAULT.

Overseerr's ``AddUserSettingsNotificationAgentsField`` drops ``enableNotifications``
(declared ``DropColumn``: the per-agent setting replaces it); its down makes the column
again, ``boolean NOT NULL DEFAULT (1)``. No ``downgrade()`` can bring back values the up
threw away on purpose, so up then down failed whatever the down did. It now expects the
earlier data with that column at its DEFAULT; a down that writes values of its own
there still fails. On a notes chain, not Overseerr's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes, pinned or not."""


def upgrade(conn):
    conn.execute(
        'CREATE TABLE "note" ("id" integer PRIMARY KEY, "body" varchar NOT NULL, '
        '"pinned" integer NOT NULL DEFAULT (0))'
    )
'''

DROPPED = """
from edi_migrations.changes import DropColumn

# pinning is gone from the app
CHANGES = (DropColumn("note", "pinned"),)


def upgrade(conn):
    conn.execute('ALTER TABLE "note" DROP COLUMN "pinned"')


def downgrade(conn):
    conn.execute('ALTER TABLE "note" ADD COLUMN "pinned" integer NOT NULL DEFAULT (0)')
"""

# the down pins every note: values of its own, not the DEFAULT
PINS_ALL = DROPPED.replace(
    "DEFAULT (0)')\n", "DEFAULT (0)')\n    conn.execute('UPDATE \"note\" SET \"pinned\" = 1')\n"
)


@pytest.mark.parametrize("second", [DROPPED, PINS_ALL], ids=["default", "pins-all"])
def test_a_declared_dropped_column_comes_back_as_its_default(pytester, second):
    assert PINS_ALL != DROPPED
    folder = two_steps(pytester, NOTES, second)
    result = run_matrix(
        pytester, folder, "-k", "test_round_trip_down_and_up", "--upgrade-path", "v1->v2"
    )
    if second is DROPPED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table note: * row(s) changed in column pinned*"])
