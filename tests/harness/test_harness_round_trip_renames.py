"""Going down from the data of a migration's own version follows the renames it declares.

A migration that renames a column and adds a new one under the old name (Authelia's
V0024: ``attestation_type`` renamed ``attestation_format``, a new empty
``attestation_type`` added; its down drops the new one and renames the old back) was
failed by the round trip's "down from v2 data keeps v1's": it compared the v2 column
that merely took the old name with the v1 column the down gives back. The v2 data is
now read under the names the declared renames had below. A down that keeps the new,
empty column instead of renaming the old one back still fails. On a notes chain, not
Authelia's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

KINDS = '''"""Notes with a kind."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, kind TEXT NOT NULL)")
'''

RENAMED = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("notes", "kind", "format"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes RENAME COLUMN kind TO format")
    conn.execute("ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT ''")


def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN kind")
    conn.execute("ALTER TABLE notes RENAME COLUMN format TO kind")
"""

KEEPS_THE_NEW_ONE = RENAMED.replace(
    """    conn.execute("ALTER TABLE notes DROP COLUMN kind")
    conn.execute("ALTER TABLE notes RENAME COLUMN format TO kind")""",
    """    conn.execute("ALTER TABLE notes DROP COLUMN format")""",
)


@pytest.mark.parametrize("second", [RENAMED, KEEPS_THE_NEW_ONE], ids=["renamed-back", "kept-new"])
def test_the_down_from_its_own_data_reads_the_renamed_column_under_its_old_name(
    pytester, second
):
    folder = two_steps(pytester, KINDS, second)
    result = run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "*v2")
    if second == RENAMED:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*table notes: * row(s) changed in column kind*"])
