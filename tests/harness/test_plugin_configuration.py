"""What a project overrides, pytest-alembic style: the start versions and shapes (hooks,
since they decide which tests exist), the start databases, what the app writes, how the
harness connects, and the seed (fixtures named ``edi_migrations_*`` in its conftest).

Each spec runs a pytester project holding the example app's migrations and a conftest,
and shows the override taking effect: on the tests collected, or on the data, by a
migration that fails only when the override's data is there (beside its control).
"""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"

DELETES_THE_MARKER = """
def upgrade(conn):
    conn.execute("DELETE FROM \\"note books\\" WHERE title = 'marker'")
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


def conftest(pytester: pytest.Pytester, source: str) -> None:
    pytester.makeconftest(textwrap.dedent(source))


def path_ids(pytester: pytest.Pytester, chain: Path) -> set[str]:
    listed = run_matrix(pytester, chain, "--co", "-q", "-k", "test_upgrade_path")
    return {
        line.split("[", 1)[1].rstrip("]")
        for line in listed.outlines
        if "::test_upgrade_path[" in line
    }


def test_by_default_paths_start_from_a_fresh_file_and_every_version(pytester, chain):
    starts = {re.split("->|=>", i)[0] for i in path_ids(pytester, chain)}
    assert starts == {"fresh", "v1", "v2", "v3", "v4", "v5", "v6"}


def test_the_start_versions_hook_chooses_where_paths_start(pytester, chain):
    conftest(
        pytester,
        """
        def pytest_edi_migrations_start_versions(config, head):
            return [0, head - 1]
        """,
    )
    assert path_ids(pytester, chain) == {"fresh->v7", "v6->v7"}


SHAPES = """
import pytest

def pytest_edi_migrations_start_shapes(config):
    return ("plain", "marked")

@pytest.fixture
def edi_migrations_start_database(edi_migrations_schema_starts, tmp_path):
    import itertools
    from edi_migrations.sqlite.dbapi import sqlite3

    made = itertools.count()

    def build(start):
        path = tmp_path / f"{start.id}-{next(made)}.db"
        if start.version == 0:
            path.touch()
            return path
        edi_migrations_schema_starts.copy(start.version, path)
        if start.shape == "marked":
            with sqlite3.connect(path) as conn:
                conn.execute("INSERT INTO \\"note books\\" (title) VALUES ('marker')")
        return path

    return build
"""


def test_the_shapes_hook_names_the_first_versions_starts(pytester, chain):
    conftest(pytester, SHAPES)
    assert {"v1-plain->v2", "v1-marked->v2", "v1-marked->v7"} <= path_ids(pytester, chain)


def test_an_overriding_start_database_is_what_the_paths_start_from(pytester, chain):
    conftest(pytester, SHAPES)
    add_migration(chain, "delete_the_marker", DELETES_THE_MARKER)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v1-*->v8")
    result.assert_outcomes(passed=2, failed=2)  # each start to v8 in one jump and stepwise
    failed = {
        line.split("[", 1)[1].split("]")[0] for line in result.outlines if line.startswith("FAILED")
    }
    assert failed == {"v1-marked->v8", "v1-marked=>v8"}
    result.stdout.fnmatch_lines(["*note books rowid *: row lost*title=text 'marker'*"])


APP_WRITES = """
import pytest

@pytest.fixture(scope="session")
def edi_migrations_seed():
    return 4242

@pytest.fixture(scope="session")
def edi_migrations_app_writes():
    from pathlib import Path

    seen = Path(__file__).parent / "seed-seen"

    def writes(conn, ctx):
        seen.write_text(str(ctx.seed))
        conn.execute("INSERT INTO \\"note books\\" (title) VALUES ('marker')")

    return writes
"""


def test_what_the_app_writes_is_in_every_start_database(pytester, chain):
    conftest(pytester, APP_WRITES)
    add_migration(chain, "delete_the_marker", DELETES_THE_MARKER)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v3->v8")
    result.assert_outcomes(failed=1)
    # the schema's rows hang notes on the app's notebook, so deleting it orphans them
    result.stdout.fnmatch_lines(
        ["*upgrade path v3->v8 broke invariant*", "*foreign-key violation*"]
    )


def test_without_the_apps_writes_the_same_migration_passes(pytester, chain):
    """Control: schema-driven rows never hold the marker, so deleting it deletes nothing."""
    add_migration(chain, "delete_the_marker", DELETES_THE_MARKER)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v3->v8")
    result.assert_outcomes(passed=1)


def test_the_seed_fixture_seeds_what_the_app_writes(pytester, chain):
    conftest(pytester, APP_WRITES)
    # its own template store: the shared one may already hold this start, built by another spec
    run_matrix(
        pytester,
        chain,
        "-p",
        "no:cacheprovider",
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v3->v7",
    )
    assert (pytester.path / "seed-seen").read_text() == "4242"


SHOUTING_VIEW = """
def upgrade(conn):
    conn.execute('CREATE VIEW loud AS SELECT shout(title) AS title FROM "note books"')
"""

CONNECT = """
from edi_migrations.sqlite.dbapi import sqlite3
import pytest

@pytest.fixture(scope="session")
def edi_migrations_connect():
    def connect(database, **kwargs):
        conn = sqlite3.connect(database, **kwargs)
        conn.create_function("shout", 1, lambda text: None if text is None else text.upper())
        return conn

    return connect
"""


def test_a_view_calling_an_app_function_is_read_through_the_projects_connect(pytester, chain):
    conftest(pytester, CONNECT)
    add_migration(chain, "shouting_view", SHOUTING_VIEW)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
    result.assert_outcomes(passed=1)


def test_without_the_projects_connect_the_app_function_is_missing(pytester, chain):
    """Control: the same view read by plain sqlite3 has no ``shout``, and says so."""
    add_migration(chain, "shouting_view", SHOUTING_VIEW)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no such function: shout*"])
