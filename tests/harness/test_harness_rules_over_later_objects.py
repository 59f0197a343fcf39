"""A declared rule may name what an earlier step of the path adds (Kanboard's pattern).

A backfill reading a table made two versions earlier (``tasks.moved`` from the latest
``activities`` row), and a recomputation of a column made one version earlier (members of
private projects become owners): on a path starting before those objects exist, the
rule is read over the row after the path, as the declarations page says, instead of
failing with SQLite's ``no such table`` or ``no such column``. The same rules written
wrong still fail, naming the value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

PROJECTS = '''"""Projects, their members and their tasks."""


def upgrade(conn):
    conn.execute("CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE members (id INTEGER PRIMARY KEY, "
        "project_id INTEGER NOT NULL REFERENCES projects(id), login TEXT)"
    )
    conn.execute(
        "CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, created INTEGER)"
    )
'''

ACTIVITIES = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE activities (id INTEGER PRIMARY KEY, "
        "task_id INTEGER NOT NULL REFERENCES tasks(id), created INTEGER NOT NULL)"
    )
"""

LATEST = "(SELECT max(created) FROM activities WHERE task_id = tasks.id)"

MOVED = f"""
from edi_migrations.changes import Backfill

CHANGES = (Backfill("tasks", "moved", expression="coalesce({LATEST}, created)"),)


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN moved INTEGER")
    conn.execute("UPDATE tasks SET moved = coalesce({LATEST}, created)")
"""

PRIVATE = """
def upgrade(conn):
    conn.execute("ALTER TABLE projects ADD COLUMN private INTEGER DEFAULT 0")
"""

OWNER = """
def upgrade(conn):
    conn.execute("ALTER TABLE members ADD COLUMN owner INTEGER DEFAULT 0")
"""

PRIVATE_IDS = "SELECT id FROM projects WHERE private = 1"

OWNERS = f"""
from edi_migrations.changes import Recompute

CHANGES = (
    Recompute(
        "members", "owner",
        expression="CASE WHEN project_id IN ({PRIVATE_IDS}) THEN 1 ELSE owner END",
    ),
)


def upgrade(conn):
    conn.execute("UPDATE members SET owner = 1 WHERE project_id IN ({PRIVATE_IDS})")
"""

PRIVATE_PROJECTS = """

def app_writes(conn, ctx):
    \"\"\"Every other project is private.\"\"\"
    conn.execute("UPDATE projects SET private = id % 2")
"""


def run_paths(pytester, folder: Path, path: str) -> pytest.RunResult:
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", path)


@pytest.fixture
def moved(pytester) -> Path:
    """v1 projects, v2 activities, v3 ``tasks.moved`` filled from them."""
    folder = first_migration(pytester, PROJECTS, name="projects")
    add_migration(folder, "activities", ACTIVITIES)
    add_migration(folder, "moved", MOVED)
    return folder


@pytest.fixture
def owners(pytester) -> Path:
    """v1 projects, v2 ``projects.private``, v3 ``members.owner``, v4 owners recomputed."""
    folder = first_migration(pytester, PROJECTS, name="projects")
    add_migration(folder, "private", PRIVATE + PRIVATE_PROJECTS)
    add_migration(folder, "owner", OWNER)
    add_migration(folder, "owners", OWNERS)
    return folder


def test_a_backfill_reading_a_table_an_earlier_step_adds_passes_from_before_it(pytester, moved):
    run_paths(pytester, moved, "v1->v3").assert_outcomes(passed=1)


def test_the_same_backfill_written_wrong_fails_from_before_the_table(pytester, moved):
    path = moved / "0003_moved.py"
    path.write_text(path.read_text().replace("SET moved = coalesce", "SET moved = 1 + coalesce"))
    result = run_paths(pytester, moved, "v1->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*tasks.moved rowid *"])


def test_a_recompute_of_a_column_an_earlier_step_adds_passes_from_before_it(pytester, owners):
    result = run_paths(pytester, owners, "v1->v4")
    result.assert_outcomes(passed=1)


def test_the_same_recompute_written_wrong_fails_where_the_column_existed(pytester, owners):
    path = owners / "0004_owners.py"
    path.write_text(path.read_text().replace("WHERE project_id IN", "WHERE project_id NOT IN"))
    result = run_paths(pytester, owners, "v3->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*members.owner rowid *"])
