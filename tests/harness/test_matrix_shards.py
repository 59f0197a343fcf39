"""The matrix splits over CI machines with pytest-split (``--splits N --group i``): the
shards together select exactly the unsharded run's tests, each once, with or without
recorded durations and beside ``--upgrade-path``; their ``--matrix-report`` files merge
into the one report the unsharded run writes (``python -m
edi_migrations.harness.report_merge``), a failing cell in any shard failing the merge.
On the example app's chain, not EDI's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations.harness.report import MatrixReport
from edi_migrations.harness.report_merge import merge, read_report

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
SHARDS = 3
TEST_ID = re.compile(r"^migrations::\w+(\[.*\])?$")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    shutil.copytree(EXAMPLE, pytester.path / "migrations")
    return pytester


def collected(pytester: pytest.Pytester, *args: str) -> list[str]:
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", "migrations", "--collect-only", "-q", *args
    )
    return [line for line in result.stdout.lines if TEST_ID.match(line)]


def shards(pytester: pytest.Pytester, *args: str) -> list[list[str]]:
    return [
        collected(pytester, "--splits", str(SHARDS), "--group", str(group), *args)
        for group in range(1, SHARDS + 1)
    ]


def assert_exact_cover(whole: list[str], parts: list[list[str]]) -> None:
    together = [test for part in parts for test in part]
    assert all(parts), "every shard runs something"
    assert len(together) == len(set(together)), "no test runs in two shards"
    assert set(together) == set(whole), "no test is left out"


def test_the_shards_together_select_exactly_the_unsharded_tests(project):
    whole = collected(project)
    assert len(whole) > 30
    assert_exact_cover(whole, shards(project))


def test_shards_balanced_by_recorded_durations_still_cover_the_matrix(project):
    whole = collected(project)
    durations = {f"migrations/{t.split('/', 1)[-1]}": 0.01 for t in whole[::2]}
    durations[whole[0]] = 30.0  # one slow walk: it gets a shard to itself
    (project.path / "durations.json").write_text(json.dumps(durations))
    for algorithm in ("duration_based_chunks", "least_duration"):
        args = ("--durations-path", "durations.json", "--splitting-algorithm", algorithm)
        assert_exact_cover(whole, shards(project, *args))


def test_shards_beside_an_upgrade_path_cover_what_it_selects(project):
    pattern = ("--upgrade-path", "*->v7*")
    whole = collected(project, *pattern)
    assert 0 < len(whole) < len(collected(project))
    assert_exact_cover(whole, shards(project, *pattern))


def run_reports(pytester: pytest.Pytester, name: str, *args: str) -> Path:
    report = pytester.path / f"{name}.md"
    result = pytester.runpytest_inprocess(
        "-p",
        "no:cacheprovider",
        "--edi-seed",
        "7",  # the same data in every shard, as CI's shards share one seed
        "--migrations-dir",
        "migrations",
        "--upgrade-path",
        "v5*",
        "--upgrade-path",
        "coverage->v5",
        "--matrix-report",
        str(report),
        *args,
    )
    assert result.ret == 0, result.stdout.str()[-3000:]
    return report


def test_the_shards_reports_merge_into_the_unsharded_report(project):
    whole = run_reports(project, "whole").read_text(encoding="utf-8")
    parts = [
        run_reports(project, f"shard-{group}", "--splits", "2", "--group", str(group))
        for group in (1, 2)
    ]
    assert parts[0].read_text() != whole and parts[1].read_text() != whole
    command = [sys.executable, "-m", "edi_migrations.harness.report_merge", *map(str, parts)]
    merged = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    assert merged.stdout == whole


def test_a_failing_cell_in_any_shard_fails_the_merged_cell():
    passing, failing = MatrixReport(), MatrixReport()
    passing.cells[("v1", "v3")] = "pass"
    passing.cells[("v2", "v3")] = "pass"
    failing.cells[("v1", "v3")] = "FAIL"
    merged = merge([passing, failing])
    assert merged.cells == {("v1", "v3"): "FAIL", ("v2", "v3"): "pass"}
    assert "2 cells, 1 failing." in merged.markdown()


def test_a_file_that_is_not_a_matrix_report_is_refused_by_name(tmp_path):
    stray = tmp_path / "notes.md"
    stray.write_text("# notes\n")
    with pytest.raises(ValueError, match=r"notes\.md.*no matrix data.*--matrix-report"):
        read_report(stray)
