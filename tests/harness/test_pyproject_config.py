"""The plugin reads the project's configuration where the command line does: the
``[tool.edi-migrations]`` table of the nearest pyproject.toml (up from pytest's rootdir or
ini file) names the migrations folder (``migrations-dir``) and the snapshots folder
(``snapshots-dir``); the pytest ini keys, given too, win, since ``-o`` can override only
them. A project with neither stays untouched by the plugin."""

from __future__ import annotations

import pytest

from edi_migrations.harness.migration_folders import append_to_function
from tests.bookmarks_chain import write_chain
from tests.harness_projects import INNER

TOOL = '[tool.edi-migrations]\nmigrations-dir = "db/migrations"\n'


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    shared = INNER[0]
    argv = ("-o", f"cache_dir={shared.cache}", "--edi-seed", str(shared.seed))
    return pytester.runpytest_inprocess(*argv, "--matrix-sessions", "12", *args)


def collected(result: pytest.RunResult) -> set[str]:
    return {line.split("::")[0] for line in result.outlines if "::test_" in line}


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    write_chain(pytester.path / "db" / "migrations")
    return pytester


def test_the_folder_the_pyproject_names_brings_the_checks_to_a_bare_run(project):
    project.makepyprojecttoml(TOOL)
    assert collected(run(project, "--co", "-q")) == {"db/migrations"}
    result = run(project, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4", "-q")
    result.assert_outcomes(passed=1)


def test_a_broken_migration_in_that_folder_fails_the_bare_run(project):
    project.makepyprojecttoml(TOOL)
    append_to_function(
        project.path / "db" / "migrations", 4, "upgrade", "conn.execute('DELETE FROM bookmarks')"
    )
    result = run(project, "-k", "test_upgrade_path", "--upgrade-path", "v3->v4", "-q")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*bookmarks*"])


def test_the_snapshots_folder_the_pyproject_names_receives_the_snapshots(project):
    project.makepyprojecttoml(TOOL + 'snapshots-dir = "tests/schema"\n')
    result = run(project, "-k", "test_schema_snapshot", "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    assert (project.path / "tests" / "schema" / "schema_v4.sql").exists()
    assert not (project.path / "db" / "migrations" / "schema_snapshots").exists()


def test_the_ini_key_wins_over_the_pyproject(project):
    write_chain(project.path / "other", upto=2)
    project.makepyprojecttoml(TOOL + '\n[tool.pytest.ini_options]\nedi_migrations_dir = "other"\n')
    assert collected(run(project, "--co", "-q")) == {"other"}


def test_without_either_the_plugin_stays_out_of_the_way(project):
    project.makepyprojecttoml('[project]\nname = "bookmarks"\n')
    project.makepyfile(test_app="def test_app():\n    assert True\n")
    result = run(project, "-q")
    result.assert_outcomes(passed=1)
