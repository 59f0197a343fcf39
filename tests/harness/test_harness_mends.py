"""Four gaps users met, mended: each broken twin beside its sound control, on small
chains that are not EDI's.

1. A dropped UNIQUE index needed ``DropObject`` and ``DropConstraint``: a user who wrote the
   one met the other on the next run. Either covers both now (one act, two names), and the
   undeclared failure's index line says so.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, two_steps

MEMBERS = '''"""Members, each e-mail once."""


def upgrade(conn):
    conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
    conn.execute("CREATE UNIQUE INDEX members_email ON members(email)")
'''

DROP_UNIQUE = '''
{imports}
CHANGES = ({changes})


def upgrade(conn):
    conn.execute("DROP INDEX members_email")
'''


def drop_unique(changes: str) -> str:
    imports = "from edi_migrations.changes import DropConstraint, DropObject" if changes else ""
    return DROP_UNIQUE.format(imports=imports, changes=changes)


def test_a_dropped_unique_index_undeclared_fails_naming_both_ways_out(pytester):
    folder = two_steps(pytester, MEMBERS, drop_unique(""))
    result = run_matrix(pytester, folder, *STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            '*index members_email lost, not declared: declare it in CHANGES: DropObject("index",'
            ' "members_email") (the UNIQUE on members(email) goes with it;'
            ' DropConstraint("members", "unique", column="email") says the same*'
        ]
    )


@pytest.mark.parametrize(
    "declared",
    ['DropObject("index", "members_email"),', 'DropConstraint("members", "unique", "email"),'],
    ids=["drop-object", "drop-constraint"],
)
def test_a_dropped_unique_index_declared_either_way_passes(pytester, declared):
    folder = two_steps(pytester, MEMBERS, drop_unique(declared))
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)
