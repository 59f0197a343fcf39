"""The test-first loop reruns only what failed: ``--lf`` and ``--ff`` work with the
project's own pytest settings (its ``addopts`` once switched the cache provider off)."""

from __future__ import annotations

import tomllib

from tests.harness_projects import Breakage, break_migration
from tests.support import ROOT

ROW_LOST = Breakage(
    2,
    append=('conn.execute("DELETE FROM prompts WHERE rowid = (SELECT max(rowid) FROM prompts)")',),
)


def project_addopts() -> str:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["pytest"]["ini_options"]["addopts"]


def test_last_failed_reruns_only_the_failing_path(pytester, matrix_project):
    pytester.makeini(f"[pytest]\naddopts = {project_addopts()}\n")
    break_migration(matrix_project, ROW_LOST)
    common = ("--migrations-dir", str(matrix_project), "--matrix-sessions", "25")
    first = pytester.runpytest_inprocess(
        *common,
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v1-versioned*",
        "--upgrade-path",
        "v2->v3",
    )
    first.assert_outcomes(passed=1, failed=3)  # every v1 path runs the row-losing 0002
    again = pytester.runpytest_inprocess(*common, "--lf")
    again.assert_outcomes(failed=3)
    again.stdout.fnmatch_lines(["*run-last-failure: rerun previous 3 failures*"])
