"""The installed plugin costs a project that does not use it only its options (issue 26).

Every run of an environment the plugin is installed in loads its ``pytest11`` entry point.
A project with no migrations folder configured must not import the harness (its checks,
matrix, fixtures, the runner): each spec runs ``python -m pytest`` of this environment in a
fresh folder outside the repository, as a subprocess, and a test of that project reads
``sys.modules``. Configured, the same project still runs the checks.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT
from tests.venv_ahead import clean_env

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
HEAVY = (  # what only a project using the harness may pay for
    "edi_migrations.harness.checks",
    "edi_migrations.harness.hooks",
    "edi_migrations.harness.pytest_fixtures",
    "edi_migrations.harness.matrix",
    "edi_migrations.runner.api",
    "edi_migrations.runner.discovery",
    "edi_migrations.schema.model",
)
PROBE = f"""
import sys

HEAVY = {HEAVY!r}


def test_loaded_modules():
    ours = sorted(name for name in sys.modules if name.startswith("edi_migrations"))
    print("edi_migrations modules:", len(ours), ours)
    assert [name for name in HEAVY if name in sys.modules] == []
"""


def run_pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=300,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A trivial project: one test file, an ini file pinning its root, no migrations."""
    folder = tmp_path / "plain-app"
    folder.mkdir()
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (folder / "test_probe.py").write_text(PROBE, encoding="utf-8")
    return folder


def test_a_project_without_migrations_does_not_import_the_harness(project):
    done = run_pytest(project, "-s", "test_probe.py")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "migrations:" not in done.stdout  # no header either


def test_a_configured_project_still_runs_the_checks(project):
    shutil.copytree(EXAMPLE, project / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    (project / "pytest.ini").write_text(
        "[pytest]\nedi_migrations_dir = migrations\n", encoding="utf-8"
    )
    selected = "test_migration_passes_the_lint or test_loaded"
    done = run_pytest(project, "--matrix-rows", "6", "-k", selected)
    assert done.returncode == 1, done.stdout + done.stderr  # the probe sees the harness
    assert "migrations: " in done.stdout
    summary = done.stdout.strip().splitlines()[-1]
    assert " passed" in summary and "1 failed" in summary, done.stdout


def test_help_still_lists_the_options_and_ini_keys(project):
    done = run_pytest(project, "--help")
    assert done.returncode == 0, done.stderr
    for listed in ("--migrations-dir", "--upgrade-path", "--migrations-seed", "edi_migrations_dir"):
        assert listed in done.stdout
