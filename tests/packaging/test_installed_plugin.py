"""The plugin as a user gets it: installed from the checkout into a fresh venv, run in a
folder that holds only migrations (no conftest, no tests), from outside this repository.

The venv is a real ``pip install '<checkout>[pytest]'`` of a copy of the tree, so the
wheel is built from what is here, not imported from the source tree; it is built once
for each state of the files the wheel is made of and kept in the run's cache until one
changes. Every spec runs ``python -m pytest`` in it as a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.installed_venv import kept_venv
from tests.support import ROOT
from tests.venv_ahead import build_installed_venv, venv_key, venv_store
from tests.venv_ahead import clean_env as _clean_env

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
SMALL = ("--matrix-sessions", "12")
NO_CACHE = ("-p", "no:cacheprovider")  # a one-off run: nothing of it kept in the project


@pytest.fixture(scope="session")
def venv_python(pytestconfig: pytest.Config) -> Path:
    """A venv with ``<checkout>[pytest]`` installed (not editable), kept in the run's cache
    while the files the wheel is built from are unchanged (see tests/installed_venv.py);
    without a cache, built once per run for every worker (tests/venv_ahead.py)."""
    return kept_venv(venv_store(pytestconfig), venv_key(), build_installed_venv)


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


def run_pytest(
    python: Path, cwd: Path, *args: str, cache: bool = False
) -> subprocess.CompletedProcess[str]:
    """``python -m pytest`` in ``cwd``; with ``cache``, the project keeps pytest's cache
    (its templates, as a user's second run reuses them)."""
    return subprocess.run(
        [str(python), "-m", "pytest", *SMALL, *(() if cache else NO_CACHE), *args],
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
        timeout=300,
    )
    installed = Path(where.stdout.strip())
    assert installed.is_relative_to(venv_python.parent.parent), installed
    assert "site-packages" in installed.parts
    assert not installed.is_relative_to(ROOT / "edi_migrations")


def test_a_sound_chain_passes_after_its_snapshots_are_written(venv_python, project):
    written = run_pytest(
        venv_python, project, "--migrations-dir", "migrations", "--snapshot-update", cache=True
    )
    assert written.returncode == 0, written.stdout + written.stderr
    assert (project / "migrations" / "schema_snapshots" / "schema_v7.sql").exists()
    again = run_pytest(
        venv_python, project, "--migrations-dir", "migrations", "-v", "--verdicts=run", cache=True
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "migrations::test_upgrade_path[v1->v7] PASSED" in again.stdout


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


# The probe names the checks' module through collect (which imports it): a test file
# naming that module is one the harness collects under --upgrade-path (collect.py), and
# this file would then be imported by every inner-loop run in this repository.
LOADERS_PROBE = """
import json
import sys
from pathlib import Path

NAMES = (
    "edi_migrations.harness.plugin_start",
    "edi_migrations.harness.hooks",
    "edi_migrations.harness.verdicts",
    "conftest",
    "test_probe",
)


def test_probe_loaders():
    modules = {name: sys.modules[name] for name in NAMES}
    modules["checks"] = sys.modules["edi_migrations.harness.collect"].checks
    loaders = {name: type(m.__spec__.loader).__name__ for name, m in modules.items()}
    Path("loaders.json").write_text(json.dumps(loaders), encoding="utf-8")


def test_probe_a_users_assert():
    assert [1, 2, 3] == [1, 2, 4]
"""


def test_the_harness_imports_plainly_and_a_users_tests_are_still_rewritten(venv_python, project):
    """pytest rewrites the asserts of every package of a distribution that has a plugin:
    the harness's own modules skip that (harness/plain_imports.py), from the entry point's
    on, while the checks' module, the user's tests and conftest are rewritten as before,
    and a differing schema snapshot still fails with its SQL diff."""
    (project / "conftest.py").write_text('"""The project\'s own conftest."""\n')
    (project / "test_probe.py").write_text(LOADERS_PROBE)
    snapshots = project / "migrations" / "schema_snapshots"
    snapshots.mkdir()
    (snapshots / "schema_v2.sql").write_text("CREATE TABLE reviewed_by_hand (x);\n")
    selected = "test_schema_snapshot and v2 or test_probe"
    result = run_pytest(venv_python, project, "--migrations-dir", "migrations", "-k", selected)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "2 failed, 1 passed" in result.stdout, result.stdout
    assert "the schema of v2 differs from its snapshot" in result.stdout
    assert "-CREATE TABLE reviewed_by_hand (x);" in result.stdout
    assert "At index 2 diff: 3 != 4" in result.stdout  # pytest's explanation of the user's
    loaders = json.loads((project / "loaders.json").read_text(encoding="utf-8"))
    assert loaders == {
        "edi_migrations.harness.plugin_start": "SourceFileLoader",  # the entry point's
        "edi_migrations.harness.hooks": "SourceFileLoader",
        "edi_migrations.harness.verdicts": "SourceFileLoader",
        "checks": "AssertionRewritingHook",
        "conftest": "AssertionRewritingHook",
        "test_probe": "AssertionRewritingHook",
    }
