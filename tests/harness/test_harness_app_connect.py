"""The project's ``edi_migrations_connect`` reaches the runner: a chain whose index uses
the app's collation and whose trigger calls the app's function passes the matrix when
the project registers them once (its conftest), and a broken migration on it still fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from tests.collating_app import write_chain
from tests.harness_projects import add_migration, run_matrix

CONFTEST = """
import pytest

import appdb


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return appdb.connect
"""

DUE_DATES = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN due INT NOT NULL DEFAULT 0")
    conn.execute("CREATE INDEX ix_decks_name ON decks (name COLLATE unicase)")


def downgrade(conn):
    conn.execute("DROP INDEX ix_decks_name")
    conn.execute("ALTER TABLE cards DROP COLUMN due")
"""

LOSING_CARDS = """
def upgrade(conn):
    conn.execute("ALTER TABLE cards ADD COLUMN due INT NOT NULL DEFAULT 0")
    conn.execute("DELETE FROM cards WHERE id % 2 = 0")
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    """The app's chain, its module ``appdb`` and a conftest giving the harness its connect."""
    shutil.copyfile(collating_app.__file__, pytester.path / "appdb.py")
    pytester.makeconftest(CONFTEST)
    return write_chain(pytester.path / "migrations")


def test_the_matrix_passes_when_the_project_gives_its_connect(pytester, chain):
    add_migration(chain, "due_dates", DUE_DATES)
    result = run_matrix(pytester, chain, "-k", "not test_schema_snapshot")  # none reviewed
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_migration_losing_rows_on_that_chain_still_fails(pytester, chain):
    add_migration(chain, "losing_cards", LOSING_CARDS)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant*data kept*", "*cards rowid*row lost*"])
    assert "no such collation" not in result.stdout.str()
    assert "no such function" not in result.stdout.str()
