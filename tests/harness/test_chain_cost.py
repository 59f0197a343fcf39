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
    """How often the first migration ran in a cold default matrix of a chain of ``length``,
    in a process of its own."""
    log = pytester.path / f"runs-{length}.log"
    monkeypatch.setenv("CHAIN_COST_LOG", str(log))
    folder = pytester.path / "migrations"
    if not folder.exists():
        first_migration(pytester, COUNTED)
    for number in range(len(list(folder.glob("0*.py"))) + 1, length + 1):
        add_migration(folder, f"extra_{number}", table_migration(number))
    # A process of its own: what earlier specs of this worker left in the harness's
    # in-process caches must not save (or cost) a run here.
    args = ("-p", "no:cacheprovider", "--snapshot-update")
    result = run_matrix(pytester, folder, *args, timeout=300)
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


def test_a_passing_test_leaves_no_database_copy_behind(pytester, monkeypatch):
    """Each test copies its start (megabytes at a long chain's head) into its tmp folder,
    a RAM folder by default: kept until the session ends, three thousand tests of a
    300-migration chain filled 21 GB. A passing test's copies go when it ends."""
    monkeypatch.setenv("CHAIN_COST_LOG", str(pytester.path / "runs.log"))
    folder = first_migration(pytester, COUNTED)
    for number in (2, 3):
        add_migration(folder, f"extra_{number}", table_migration(number))
    basetemp = pytester.path / "basetemp"
    result = run_matrix(pytester, folder, "--snapshot-update", f"--basetemp={basetemp}")
    assert result.ret == 0, result.stdout.str()[-3000:]
    left = [p for p in basetemp.glob("test_*/**/*.db*")]
    assert left == [], left
