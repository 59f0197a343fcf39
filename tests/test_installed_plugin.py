"""The plugin as a user gets it: installed from the checkout into a fresh venv, run in a
folder that holds only migrations (no conftest, no tests), from outside this repository.

The venv is built once per session (a real ``pip install '<checkout>[pytest]'`` of a
copy of the tree, so the wheel is built from what is committed here, not imported from
the source tree), then every spec runs ``python -m pytest`` in it as a subprocess.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
SKIP_IN_COPY = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.egg-info", "build", ".pytest_cache", ".hypothesis"
)
SMALL = ("--matrix-sessions", "12", "-p", "no:cacheprovider")


def _clean_env() -> dict[str, str]:
    """The environment of a user's shell: nothing pointing back at this checkout."""
    drop = (
        "PYTHONPATH",
        "PYTEST_ADDOPTS",
        "PYTEST_PLUGINS",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD",
        "EDI_SQLITE_MODULE",  # the fresh venv has the stdlib's only
    )
    env = {
        k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST_XDIST")
    }
    env.pop("VIRTUAL_ENV", None)
    return env


@pytest.fixture(scope="session")
def venv_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with ``<checkout>[pytest]`` installed (not editable)."""
    root = tmp_path_factory.mktemp("installed")
    checkout = root / "checkout"
    shutil.copytree(ROOT, checkout, ignore=SKIP_IN_COPY)
    # No pip of its own (ensurepip is most of a venv's cost): this run's pip installs into
    # it through ``--python``, building the wheel in isolation as a user's pip does.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")], check=True)
    python = root / "venv" / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    install.append(f"{checkout}[pytest]")
    done = subprocess.run(install, capture_output=True, text=True, env=_clean_env())
    assert done.returncode == 0, done.stdout + done.stderr
    return python


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty folder outside the repository holding only ``migrations/``."""
    folder = tmp_path / "notes-app"
    shutil.copytree(
        EXAMPLE,
        folder / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots"),
    )
    return folder


def run_pytest(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pytest", *SMALL, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=600,
    )


def test_the_installed_package_is_not_the_source_tree(venv_python, project):
    where = subprocess.run(
        [str(venv_python), "-c", "import edi_migrations.plugin as p; print(p.__file__)"],
        cwd=project,
        capture_output=True,
        text=True,
        env=_clean_env(),
    )
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout


def test_a_sound_chain_passes_after_its_snapshots_are_written(venv_python, project):
    written = run_pytest(
        venv_python, project, "--migrations-dir", "migrations", "--snapshot-update"
    )
    assert written.returncode == 0, written.stdout + written.stderr
    assert (project / "migrations" / "schema_snapshots" / "schema_v7.sql").exists()
    again = run_pytest(venv_python, project, "--migrations-dir", "migrations")
    assert again.returncode == 0, again.stdout + again.stderr
    assert (
        "migrations::test_upgrade_path[v1->v7]"
        in run_pytest(venv_python, project, "--migrations-dir", "migrations", "--co", "-q").stdout
    )


def test_a_broken_migration_fails_naming_path_invariant_and_evidence(venv_python, project):
    rebuild = project / "migrations" / "0007_notes_cascade.py"
    rebuild.write_text(rebuild.read_text().replace('    "quote""d" TEXT,\n', ""))
    result = run_pytest(
        venv_python,
        project,
        "--migrations-dir",
        "migrations",
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v6->v7",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "upgrade path v6->v7 broke invariant" in result.stdout
    assert 'rebuilding notes would drop column(s) quote"d' in result.stdout


@pytest.mark.parametrize("form", ["space", "equals"])
def test_a_folder_outside_the_working_directory_is_found_in_both_option_forms(
    venv_python, project, tmp_path, form
):
    """``--migrations-dir DIR`` must not be taken for a test path (it once was, whenever DIR
    lay outside the rootdir, and the option was then unknown)."""
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    folder = os.path.relpath(project / "migrations", elsewhere)
    option = ["--migrations-dir", folder] if form == "space" else [f"--migrations-dir={folder}"]
    result = run_pytest(venv_python, elsewhere, *option, "-k", "test_rerun", "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout and "error" not in result.stdout.lower()
