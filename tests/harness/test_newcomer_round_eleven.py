"""Round eleven of a newcomer putting the matrix in CI by docs/ci-sharding.md, on the
example app's chain (not EDI's): a shard whose report never reached the summary job (its
runner died, its upload failed) must not leave a merged grid that says "0 failing" for
tests that never ran. Each shard's report names its group, and the merge refuses a set
missing one, naming it; the whole set still merges."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


@pytest.fixture
def shard_reports(pytester: pytest.Pytester) -> list[Path]:
    shutil.copytree(EXAMPLE, pytester.path / "migrations")
    reports = []
    for group in (1, 2, 3):
        report = pytester.path / f"matrix-{group}.md"
        result = pytester.runpytest_inprocess(
            "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
            "--upgrade-path", "*->v7*", "--splits", "3", "--group", str(group),
            "--matrix-report", str(report),
        )  # fmt: skip
        assert report.exists(), result.stdout.str()[-3000:]  # no snapshots here: v7's fails
        reports.append(report)
    return reports


def merge(*reports: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "edi_migrations.harness.report_merge", *map(str, reports)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_a_shard_missing_from_the_merge_is_refused_by_its_group(shard_reports):
    merged = merge(*shard_reports[:2])
    assert merged.returncode == 1, merged.stdout
    assert "shard 3 of 3" in merged.stderr
    assert "matrix-1.md" in merged.stderr and "--group 3" in merged.stderr


def test_every_shard_present_merges(shard_reports):
    merged = merge(*shard_reports)
    assert merged.returncode == 0, merged.stderr
    assert "## Upgrade-path matrix" in merged.stdout


def durations_run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        "--migrations-seed", "7", "--migrations-dir", "migrations", "--upgrade-path", "v6->v7",
        *args,
    )  # fmt: skip


@pytest.fixture
def warm_project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A chain whose checks passed once off CI: their verdicts are kept."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("MIGRATIONS_VERDICTS", raising=False)
    shutil.copytree(EXAMPLE, pytester.path / "migrations")
    durations_run(pytester).assert_outcomes(passed=3, skipped=1)  # one without downgrade()
    return pytester


def test_recording_durations_runs_every_check(warm_project):
    """The page's `pytest --store-durations`, run where verdicts are kept, would record
    each kept check's skip (about 0 s): shards balanced by that file are not."""
    result = durations_run(warm_project, "--store-durations")
    result.assert_outcomes(passed=3, skipped=1)
    assert "verdicts: every check runs (--store-durations" in result.stdout.str()


def test_a_warm_run_without_durations_keeps_its_verdicts(warm_project):
    durations_run(warm_project).assert_outcomes(skipped=4)
