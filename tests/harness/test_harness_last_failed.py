"""The test-first loop reruns only what failed: ``--lf`` and ``--ff`` work with the
project's own pytest settings (its ``addopts`` once switched the cache provider off)."""

from __future__ import annotations

import shlex
import tomllib

from tests.harness_projects import Breakage, break_migration, outer_seed
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
    common = ("--migrations-dir", str(matrix_project), "--matrix-sessions", "25", *outer_seed())
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


def test_first_failed_runs_the_failing_paths_first(pytester, matrix_project):
    pytester.makeini(f"[pytest]\naddopts = {project_addopts()}\n")
    break_migration(matrix_project, ROW_LOST)
    common = ("--migrations-dir", str(matrix_project), "--matrix-sessions", "25", *outer_seed())
    selection = (
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v2->v3",
        "--upgrade-path",
        "v1-versioned->v2",
    )
    pytester.runpytest_inprocess(*common, *selection)
    again = pytester.runpytest_inprocess(*common, *selection, "--ff", "-v")
    again.assert_outcomes(passed=1, failed=1)
    ran = [line for line in again.outlines if "::test_upgrade_path[" in line]
    assert "v1-versioned->v2" in ran[0] and "v2->v3" in ran[1]


def test_a_failing_builtin_check_prints_the_command_that_reruns_only_it(pytester, matrix_project):
    break_migration(matrix_project, ROW_LOST)
    common = ("--migrations-dir", str(matrix_project), "--matrix-sessions", "25", *outer_seed())
    first = pytester.runpytest_inprocess(
        *common, "--edi-seed", "7", "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    first.assert_outcomes(failed=1)
    line = next(x for x in first.outlines if x.startswith("reproduce with: pytest"))
    assert line.endswith(
        f"pytest --migrations-seed 7 --matrix-rows 25 --migrations-dir '{matrix_project}' "
        "-k test_upgrade_path --upgrade-path 'v1-versioned->v2'"
    )
    argv = shlex.split(line.split("reproduce with: pytest ", 1)[1])
    pytester.runpytest_inprocess(*argv).assert_outcomes(failed=1)
