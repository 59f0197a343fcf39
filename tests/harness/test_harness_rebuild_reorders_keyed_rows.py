"""A rebuild that copies rows in another order keeps every row of a table keyed by its
own PRIMARY KEY.

A table whose PRIMARY KEY is not its rowid (``id TEXT PRIMARY KEY``, what Drizzle and
Prisma write) is known by that key; its rowids are SQLite's bookkeeping. A rebuild that
copies the rows in another order (Homarr's ``add-group-home-board-settings`` copies the
group 'everyone' first, then the others by name) renumbers the rowids and moves no
data, but the data-kept check matched rows by rowid and called every row's values
changed. Rows of such a table are matched by their key when it is the same before and
after. A copy that changes a value is still caught. On a teams chain, not Homarr's nor
EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

TEAMS = '''"""Teams, known by a text id."""


def upgrade(conn):
    conn.execute("CREATE TABLE team (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL)")
'''

REORDERED = """
def upgrade(conn):
    conn.executescript('''
CREATE TABLE new_team (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
INSERT INTO new_team (id, name) SELECT id, COPIED FROM team ORDER BY name DESC, id DESC;
DROP TABLE team;
ALTER TABLE new_team RENAME TO team;
''')
"""


@pytest.mark.parametrize("name", ["name", "'team ' || name"], ids=["reordered", "renamed-all"])
def test_a_rebuild_copying_in_another_order_keeps_keyed_rows(pytester, name):
    folder = two_steps(pytester, TEAMS, REORDERED.replace("COPIED", name))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if name == "name":
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*[[]data kept[]]*", "*team.name rowid *: before text*"])
