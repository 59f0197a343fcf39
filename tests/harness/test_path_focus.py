"""With ``--upgrade-path`` and no test file named, a test file that cannot hold a path test
is not even imported (its tests would all be deselected after paying for their imports);
one that names a matrix parameter is, and test files named on the command line always are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edi_migrations.harness.collect import can_hold_path_tests
from tests.harness_projects import outer_seed

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"


@pytest.mark.parametrize(
    ("source", "holds"),
    [
        ("def test_x(edi_migrations_upgrade_path): ...", True),
        ("def test_x(edi_migrations_step): ...", True),
        ("from edi_migrations.harness.checks import *", True),
        ("from edi_migrations.harness import checks", True),
        ("import hypothesis\ndef test_x(edi_migrations_seed): ...", False),
        ("def test_x(): ...", False),
    ],
)
def test_a_file_can_hold_path_tests_when_it_names_a_parameter_or_the_checks(source, holds):
    assert can_hold_path_tests(source) is holds


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    pytester.makepyfile(
        test_plain="import module_that_is_not_there\n\ndef test_x():\n    pass\n",
        test_own_paths="def test_step(edi_migrations_step):\n    assert edi_migrations_step == 2\n",
    )
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        *outer_seed(),
        "-p",
        "no:cacheprovider",
        "--migrations-dir",
        "migrations",
        "--upgrade-path",
        "v1->v2",
        "-k",
        "test_step",
        *args,
    )


def test_a_file_that_cannot_hold_a_path_test_is_not_imported(project):
    result = run(project)
    result.assert_outcomes(passed=1)
    assert "module_that_is_not_there" not in result.stdout.str()


def test_a_file_named_on_the_command_line_is_imported_all_the_same(project):
    result = run(project, "test_plain.py")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*module_that_is_not_there*"])



@pytest.fixture
def chain_only(pytester: pytest.Pytester) -> pytest.Pytester:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return pytester


@pytest.mark.parametrize("keyword", ["v1->v2", "test_upgrade_path and v1=>v3"])
def test_a_keyword_holding_a_path_id_is_refused_with_the_option_that_selects_it(
    chain_only, keyword
):
    """pytest's -k grammar refuses '>' (under xdist as an INTERNALERROR of every worker):
    the ids' arrows send a user there, so the plugin says what selects a path instead."""
    result = chain_only.runpytest_subprocess(
        "--migrations-dir", "migrations", "-n", "2", "-k", keyword, timeout=120
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
    result.stderr.fnmatch_lines(["*-k cannot select a path by its id*--upgrade-path*"])


def test_a_keyword_without_an_arrow_still_selects(chain_only):
    result = chain_only.runpytest_inprocess(
        *outer_seed(),
        *("-p", "no:cacheprovider", "--migrations-dir", "migrations", "-k", "upgrade_path and v7"),
    )
    result.assert_outcomes(passed=8)
