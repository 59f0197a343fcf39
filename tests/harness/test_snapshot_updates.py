"""``--snapshot-update`` writes the snapshots of what ran and never deletes another.

A reviewed ``schema_vN.sql`` is the project's record of version N: a run narrowed to one
version (``--upgrade-path``, ``-k``, a node id, ``--lf``) updates that one and keeps the
rest. Only a snapshot of a version the chain no longer has is stale: every run reports it,
and only an unfiltered ``--snapshot-update`` removes it. A snapshot that differs fails
with the SQL diff and the command that updates that one snapshot. Every documented
command is run here, on the example chain (not EDI's).
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.shared_runs import SharedRuns
from tests.support import ROOT

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
HEAD = 7
STALE = "schema_v9.sql"
EDITED = "-- edited by hand\n"


def documented_commands() -> list[str]:
    """Every pytest command with ``--snapshot-update`` in the README and docs/ pages."""
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for line in page.read_text(encoding="utf-8").splitlines():
            if "--snapshot-update" not in line:
                continue
            spans = re.findall(r"`([^`]*)`", line) or [line.split("#", 1)[0]]
            found += [s.strip() for s in spans if "pytest" in s and "--snapshot-update" in s]
    return sorted(set(found))


def pytest_args(command: str) -> list[str]:
    words = shlex.split(command)
    return words[words.index("pytest") + 1 :]


def write_snapshots(pytester: pytest.Pytester) -> pytest.RunResult:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return run_matrix(pytester, folder, "--snapshot-update", "-k", "test_schema_snapshot")


@pytest.fixture
def chain(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, shared_runs: SharedRuns
) -> Path:
    """The example chain with every version's reviewed snapshot, v2's edited since (so an
    update that runs v2 rewrites it), and a stale snapshot of a v9 the chain lacks. The
    snapshots are written by one run for every spec, each spec's project a copy of the
    project it left (tests/shared_runs.py). The inner runs are not xdist workers even when
    this one is (syrupy reports and cleans up only outside workers)."""
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    shared_runs.run_once("snapshots written", pytester.path, lambda: write_snapshots(pytester))
    folder = pytester.path / "migrations"
    snapshots = folder / "schema_snapshots"
    assert sorted(p.name for p in snapshots.iterdir()) == [
        f"schema_v{v}.sql" for v in range(1, HEAD + 1)
    ]
    shutil.copy(snapshots / f"schema_v{HEAD}.sql", snapshots / STALE)
    shutil.copytree(snapshots, reviewed(folder))  # kept apart: syrupy walks subfolders
    v2 = snapshots / "schema_v2.sql"
    v2.write_text(v2.read_text(encoding="utf-8") + EDITED, encoding="utf-8")
    return folder


def reviewed(chain: Path) -> Path:
    return chain.parent / "reviewed"


def assert_kept_and_v2_rewritten(chain: Path) -> None:
    snapshots = chain / "schema_snapshots"
    for v in range(1, HEAD + 1):
        name = f"schema_v{v}.sql"
        assert (snapshots / name).exists(), f"{name} deleted"
        kept = (reviewed(chain) / name).read_text(encoding="utf-8")
        assert (snapshots / name).read_text(encoding="utf-8") == kept, f"{name} not rewritten"


def test_the_docs_name_the_partial_and_the_unfiltered_update():
    commands = documented_commands()
    assert any("--upgrade-path" in c for c in commands), commands
    assert any(pytest_args(c) == ["--snapshot-update"] for c in commands), commands


@pytest.mark.parametrize("command", documented_commands())
def test_every_documented_update_command_keeps_every_reviewed_snapshot(pytester, chain, command):
    args = pytest_args(command)
    result = run_matrix(pytester, chain, *args)
    assert result.ret == 0, result.stdout.str()
    assert_kept_and_v2_rewritten(chain)
    stale = chain / "schema_snapshots" / STALE
    if args == ["--snapshot-update"]:  # unfiltered: the stale one goes, said so
        assert not stale.exists()
        result.stdout.fnmatch_lines([f"*removed stale schema snapshot {STALE}*v9*ends at v7*"])
    else:
        assert stale.exists()
        result.stdout.fnmatch_lines([f"*stale schema snapshot {STALE}*v9*ends at v7*unfiltered*"])
    assert "deleted" not in result.stdout.str().lower()


SELECTIONS = {
    "-k": ("-k", "test_schema_snapshot and v2"),
    "--upgrade-path": ("--upgrade-path", "schema->v2"),
    "a node id": ("test_migrations.py::test_schema_snapshot[v2]",),
}


@pytest.mark.parametrize("selection", SELECTIONS.values(), ids=SELECTIONS.keys())
def test_a_narrowed_update_writes_what_ran_and_keeps_the_rest(pytester, chain, selection):
    pytester.makepyfile(test_migrations="from edi_migrations.harness.checks import *\n")
    result = run_matrix(pytester, chain, "--snapshot-update", *selection)
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*1 snapshot updated*"])
    assert_kept_and_v2_rewritten(chain)
    assert (chain / "schema_snapshots" / STALE).exists()


def test_an_update_of_the_last_failed_writes_it_and_keeps_the_rest(pytester, chain):
    """``--lf`` after a run where only v2's snapshot failed: its own cache, so the last
    failures are this project's alone."""
    common = ("--migrations-dir", str(chain), "-p", "no:xdist")
    first = pytester.runpytest_inprocess(*common, "-k", "test_schema_snapshot")
    first.assert_outcomes(passed=HEAD - 1, failed=1)
    again = pytester.runpytest_inprocess(*common, "--lf", "--snapshot-update")
    again.assert_outcomes(passed=1)
    assert_kept_and_v2_rewritten(chain)
    assert (chain / "schema_snapshots" / STALE).exists()


def test_a_plain_run_reports_the_stale_snapshot_and_keeps_it(pytester, chain):
    result = run_matrix(pytester, chain, "-k", "test_schema_snapshot and not v2")
    result.assert_outcomes(passed=HEAD - 1)
    result.stdout.fnmatch_lines([f"*stale schema snapshot {STALE}*v9*ends at v7*"])
    assert (chain / "schema_snapshots" / STALE).exists()


def test_a_differing_snapshot_shows_the_sql_diff_and_the_command_updating_it(pytester, chain):
    result = run_matrix(pytester, chain, "-k", "test_schema_snapshot")
    result.assert_outcomes(passed=HEAD - 1, failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            "*schema of v2 differs from its snapshot*schema_v2.sql*",
            f"*-{EDITED.strip()}",
            "*update this snapshot, once reviewed, with:*",
        ]
    )
    assert "[+ received]" not in out and "checks.py" not in out, out
    failures = out.split("short test summary info")[0]  # CI repeats whole messages after it
    (command,) = re.findall(r"with: (pytest --snapshot-update .*)$", failures, re.MULTILINE)
    updated = pytester.runpytest_inprocess(*pytest_args(command), "-p", "no:xdist")
    updated.assert_outcomes(passed=1)
    assert_kept_and_v2_rewritten(chain)
    run_matrix(pytester, chain, "-k", "test_schema_snapshot").assert_outcomes(passed=HEAD)
