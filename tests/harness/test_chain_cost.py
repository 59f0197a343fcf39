"""The cost of the default matrix grows with the chain only where coverage asks it to:
work done once per version (a fresh install at each version, each start database) is
built on the version below, not by running the whole chain again from nothing. Counted
in migration runs, never in seconds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

COUNTED = '''"""Notes; each run of this migration leaves a line in the log the spec reads."""

import os


def upgrade(conn):
    with open(os.environ["CHAIN_COST_LOG"], "a", encoding="utf-8") as log:
        log.write("ran\\n")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT '')")


def downgrade(conn):
    conn.execute("DROP TABLE notes")
'''


def table_migration(number: int) -> str:
    return (
        "def upgrade(conn):\n"
        f"    conn.execute('CREATE TABLE extra_{number} (id INTEGER PRIMARY KEY, "
        "label TEXT NOT NULL DEFAULT \\'\\')')\n\n\n"
        "def downgrade(conn):\n"
        f"    conn.execute('DROP TABLE extra_{number}')\n"
    )


def first_migration_runs(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, length: int
) -> int:
    """How often the first migration ran in a cold default matrix of a chain of ``length``."""
    log = pytester.path / f"runs-{length}.log"
    monkeypatch.setenv("CHAIN_COST_LOG", str(log))
    folder = pytester.path / "migrations"
    if not folder.exists():
        first_migration(pytester, COUNTED)
    for number in range(len(list(folder.glob("0*.py"))) + 1, length + 1):
        add_migration(folder, f"extra_{number}", table_migration(number))
    result = run_matrix(pytester, folder, "-p", "no:cacheprovider", "--snapshot-update")
    assert result.ret == 0, result.stdout.str()[-3000:]
    return len(Path(log).read_text(encoding="utf-8").splitlines())


def test_the_first_migration_runs_as_often_on_a_long_chain_as_on_a_short_one(
    pytester, monkeypatch
):
    short = first_migration_runs(pytester, monkeypatch, 4)
    long = first_migration_runs(pytester, monkeypatch, 9)
    assert long == short, (
        f"migration 0001 ran {short} times for a chain of 4 and {long} for a chain of 9: "
        "something per version runs the chain from nothing"
    )
