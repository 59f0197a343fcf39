"""Newcomer, round twenty-four: an expenses app (``tests/newcomer_chains/expenses``, six
migrations) sets up the CI gate from the docs: a merge is gated on the matrix, run with
``CI=true`` (a fresh seed each run) and ``--junitxml``.

Three things let a bad pull request through or could not be reproduced. A setting misspelt
(``migration-dir``, ``[tool.edi_migrations]``) or the matrix's own options given where no
folder is configured left the plugin silent: the gate passed green with no check run and no
``--matrix-report`` written. A failing CI run printed its random seed only in the header
(hidden by ``-q``) and in each failure's section (hidden by ``--tb=no`` or
``--show-capture=no``), and the JUnit report held it nowhere. And the matrix builds every
start from the migrations as they are now, so a pull request editing, renaming or deleting
a migration already merged passes it while every user's file refuses the new chain:
docs/ci-sharding.md's merge gate runs the runner on a database made by the base branch."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.docs_text import first_block
from tests.harness_projects import outer_seed
from tests.support import ROOT, cli_command

CHAIN = ROOT / "tests" / "newcomer_chains" / "expenses" / "migrations"
SHARDING = ROOT / "docs" / "ci-sharding.md"
APP_TEST = "def test_the_app_adds_an_expense():\n    assert 1 + 1 == 2\n"
ONE_PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v5->v6")
SEED_LINE = re.compile(r"^migrations-seed: (\d+) \(reproduce with: pytest --migrations-seed \1\)")

DROPS_THE_NOTE = '''"""Notes go: nobody read them (the migration forgets to declare it)."""


def upgrade(conn):
    conn.execute("ALTER TABLE expenses DROP COLUMN note")
'''

ADDS_A_PAYEE = '''"""Who was paid, for the monthly report."""


def upgrade(conn):
    conn.execute("ALTER TABLE expenses ADD COLUMN payee TEXT")
'''


@pytest.fixture
def expenses(pytester: pytest.Pytester) -> Path:
    """The expenses chain in the pytester project, configured as README.md says."""
    folder = pytester.path / "migrations"
    shutil.copytree(CHAIN, folder, ignore=shutil.ignore_patterns("__pycache__"))
    pytester.makepyfile(test_app=APP_TEST)
    return folder


def configure(pytester: pytest.Pytester) -> None:
    """The folder named once, as README.md's step 3 says."""
    pytester.makepyprojecttoml('[tool.edi-migrations]\nmigrations-dir = "migrations"\n')


def outcomes(result: pytest.RunResult) -> dict[str, int]:
    """Passed and failed counts (the deselected checks left out)."""
    found = result.parseoutcomes()
    return {name: found.get(name, 0) for name in ("passed", "failed", "errors")}


def run(pytester: pytest.Pytester, *args: str, ci: bool = False) -> pytest.RunResult:
    """A subprocess run, as CI makes it (``CI=true``: a seed of its own) or with the outer
    run's seed."""
    seeded = () if ci else outer_seed()
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", *seeded, *args)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CI", "true") if ci else patch.delenv("CI", raising=False)
        return pytester.runpytest_subprocess(*argv, timeout=300)


# A setting misspelt, or the matrix's options with no folder: the gate passed, unchecked.

MISSPELT = [
    ('[tool.edi-migrations]\nmigration-dir = "migrations"\n', "*migration-dir*"),
    ('[tool.edi-migrations]\nmigrations_dir = "migrations"\n', "*migrations_dir*"),
    ('[tool.edi_migrations]\nmigrations-dir = "migrations"\n', "*[[]tool.edi_migrations[]]*"),
]


@pytest.mark.parametrize(("table", "named"), MISSPELT, ids=["singular", "underscore", "table"])
def test_a_misspelt_setting_stops_the_run_naming_it(pytester, expenses, table, named):
    pytester.makepyprojecttoml(table)
    result = run(pytester, "-q")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stderr.fnmatch_lines([named + "no check would run*migrations-dir = *migrations*"])
    assert "EDI" not in result.stderr.str() and "Traceback" not in result.stderr.str()


def test_the_setting_spelt_right_runs_the_checks(pytester, expenses):
    configure(pytester)
    assert outcomes(run(pytester, "-q", *ONE_PATH)) == {"passed": 1, "failed": 0, "errors": 0}


@pytest.mark.parametrize(
    "option", [("--matrix-report", "matrix.md"), ("--upgrade-path", "*->v6*"), ("--matrix", "full")]
)
def test_a_matrix_option_with_no_folder_configured_stops_the_run(pytester, expenses, option):
    result = run(pytester, "-q", *option)
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stderr.fnmatch_lines([f"*{option[0]}*no migrations folder*--migrations-dir DIR*"])
    assert not (pytester.path / "matrix.md").exists()


@pytest.mark.parametrize(
    "table", ["", '[tool.edi-migrations]\nsqlite-floor = "3.31"\nconnect = "app:connect"\n']
)
def test_a_project_without_a_folder_runs_its_own_tests_as_before(pytester, expenses, table):
    """Another project (or one naming its folders per run, with only shared settings in its
    table) keeps its run: the seed alone is the plugin's there (a test may ask for it)."""
    if table:
        pytester.makepyprojecttoml(table)
    run(pytester, "-q").assert_outcomes(passed=1)


# A failing CI run names its seed, whatever hides the header and the failure's sections.


@pytest.mark.parametrize("hiding", [(), ("--tb=no",), ("--show-capture=no",)])
def test_a_failing_ci_run_names_its_seed_in_the_summary_and_the_junit_report(
    pytester, expenses, hiding
):
    configure(pytester)
    (expenses / "0007_drop_notes.py").write_text(DROPS_THE_NOTE, encoding="utf-8")
    report = pytester.path / "junit.xml"
    result = run(
        pytester,
        "-q",
        *hiding,
        "--junitxml",
        str(report),
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v6->v7",
        ci=True,
    )
    assert outcomes(result) == {"passed": 0, "failed": 1, "errors": 0}, result.stdout.str()
    seeds = [m.group(1) for line in result.outlines if (m := SEED_LINE.match(line))]
    assert len(seeds) == 1, result.stdout.str()
    assert junit_seed(report) == seeds[0]
    again = run(
        pytester,
        "-q",
        "--migrations-seed",
        seeds[0],
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v6->v7",
    )
    assert outcomes(again) == {"passed": 0, "failed": 1, "errors": 0}, again.stdout.str()


def test_a_passing_ci_run_keeps_its_quiet_output_and_records_its_seed(pytester, expenses):
    configure(pytester)
    (expenses / "0007_payee.py").write_text(ADDS_A_PAYEE, encoding="utf-8")
    report = pytester.path / "junit.xml"
    result = run(pytester, "-q", "--junitxml", str(report), *ONE_PATH, ci=True)
    assert outcomes(result) == {"passed": 1, "failed": 0, "errors": 0}, result.stdout.str()
    assert not any(SEED_LINE.match(line) for line in result.outlines), result.stdout.str()
    assert junit_seed(report).isdigit()


def junit_seed(report: Path) -> str:
    found = ET.parse(report).getroot().findall(".//testsuite/properties/property")
    seeds = [p.get("value") for p in found if p.get("name") == "migrations-seed"]
    assert len(seeds) == 1, ET.tostring(ET.parse(report).getroot())[:600]
    return seeds[0]


# A merged migration edited, renamed or deleted: docs/ci-sharding.md's merge gate.


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def merge_gate_script() -> str:
    """The shell block of the docs' merge gate, against a local ``main``."""
    return first_block(SHARDING, "## Refuse edits to merged migrations", "bash").replace(
        "origin/main", "main"
    )


def pull_request(tmp_path: Path, change, merged_meanwhile=None) -> Path:
    """The chain merged on ``main``, ``change`` made on a branch off it (while
    ``merged_meanwhile`` lands on ``main``); the repository, on the branch."""
    repo = tmp_path / "expenses"
    shutil.copytree(CHAIN, repo / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    (repo / "pyproject.toml").write_text(
        '[tool.edi-migrations]\nmigrations-dir = "migrations"\n', encoding="utf-8"
    )
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "released")
    git(repo, "checkout", "-qb", "pull-request")
    change(repo / "migrations")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "the pull request")
    if merged_meanwhile is not None:
        git(repo, "checkout", "-q", "main")
        merged_meanwhile(repo / "migrations")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "another pull request, merged first")
        git(repo, "checkout", "-q", "pull-request")
    return repo


def merge_gate(repo: Path) -> subprocess.CompletedProcess:
    """The docs' merge gate, run in ``repo`` with ``edi-migrate`` on the PATH as installed."""
    bin_dir = repo.parent / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "edi-migrate"
    shim.write_text(f'#!/bin/sh\nexec {" ".join(cli_command())} "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", merge_gate_script()],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _edit_the_docstring(folder: Path) -> None:
    path = folder / "0005_amount_cents.py"
    path.write_text(path.read_text().replace("so that sums", "so sums"), encoding="utf-8")


def _rename_the_newest(folder: Path) -> None:
    (folder / "0006_tags.py").rename(folder / "0006_expense_tags.py")


def _delete_the_newest(folder: Path) -> None:
    (folder / "0006_tags.py").unlink()


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        (_edit_the_docstring, "*0005_amount_cents was applied with checksum*must not change*"),
        (_rename_the_newest, "*migrated by another chain: 0006_tags*"),
        (_delete_the_newest, "*version 'v6' is not one the chain*knows*"),
    ],
    ids=["edited", "renamed", "deleted"],
)
def test_the_merge_gate_refuses_a_merged_migration_changed(tmp_path, change, refusal):
    done = merge_gate(pull_request(tmp_path, change))
    assert done.returncode == 1, done.stdout + done.stderr
    pytest.LineMatcher(done.stderr.splitlines()).fnmatch_lines([refusal])


def test_the_merge_gate_passes_a_pull_request_adding_migrations(tmp_path):
    def add_two(folder: Path) -> None:
        (folder / "0007_payee.py").write_text(ADDS_A_PAYEE, encoding="utf-8")
        (folder / "0008_spent_on_payee.py").write_text(
            '"""The report reads by payee."""\n\n\ndef upgrade(conn):\n'
            '    conn.execute("CREATE INDEX expenses_payee ON expenses(payee)")\n',
            encoding="utf-8",
        )

    done = merge_gate(pull_request(tmp_path, add_two))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "now at v8" in done.stdout


def test_the_merge_gate_refuses_a_second_migration_of_the_same_number(tmp_path):
    """Two pull requests each add a ``0007_*``: run again after the first merged, the
    second's gate refuses it, on its branch and on the merge result alike."""

    def add_budgets(folder: Path) -> None:
        (folder / "0007_budgets.py").write_text(
            '"""Monthly budgets."""\n\n\ndef upgrade(conn):\n'
            '    conn.execute("CREATE TABLE budgets (id INTEGER PRIMARY KEY, cents INT)")\n',
            encoding="utf-8",
        )

    def add_payee(folder: Path) -> None:
        (folder / "0007_payee.py").write_text(ADDS_A_PAYEE, encoding="utf-8")

    repo = pull_request(tmp_path, add_payee, merged_meanwhile=add_budgets)
    on_the_branch = merge_gate(repo)
    assert on_the_branch.returncode == 1, on_the_branch.stdout + on_the_branch.stderr
    assert "migrated by another chain: 0007_budgets" in on_the_branch.stderr
    git(repo, "merge", "-q", "--no-edit", "main")
    merged = merge_gate(repo)
    assert merged.returncode == 1, merged.stdout + merged.stderr
    assert "number 0007 is also 0007_" in merged.stderr
