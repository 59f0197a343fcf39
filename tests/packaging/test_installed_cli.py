"""``edi-migrate`` as a user gets it: the console script of the installed wheel, run in a
bookmarks app's folder outside this repository. The chain is the project's (its
pyproject names it), never the one shipped inside the package."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.bookmarks_chain import app_database, user_content, write_chain
from tests.packaging.test_installed_plugin import _clean_env, venv_python  # noqa: F401

PYPROJECT = (
    '[project]\nname = "bookmarks"\n\n[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
)


def edi_migrate(python: Path, cwd: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python.parent / "edi-migrate"), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=120,
    )


def installed_versions(python: Path) -> Path:
    (folder,) = python.parent.parent.glob("lib/python*/site-packages/edi_migrations/versions")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "bookmarks-app"
    write_chain(folder / "migrations")
    return folder


def test_the_projects_pyproject_names_the_chain_and_baseline_adopts_its_database(
    venv_python,  # noqa: F811
    project,
):
    (project / "pyproject.toml").write_text(PYPROJECT)
    db = app_database(project / "app.db")
    before = user_content(db)
    told = edi_migrate(venv_python, project, "status", "app.db")
    assert told.returncode == 1
    assert "edi-migrate baseline app.db --version 3 --migrations-dir" in told.stderr
    adopted = edi_migrate(venv_python, project, "baseline", "app.db", "--version", "3")
    assert adopted.returncode == 0, adopted.stderr
    upgraded = edi_migrate(venv_python, project, "upgrade", "app.db", "--no-backup")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "0004_tags: v3 -> v4" in upgraded.stdout
    after = user_content(db)
    assert all(line in after for line in before if line.startswith("INSERT"))  # rows kept


@pytest.mark.parametrize("command", [("status", "app.db"), ("new", "add x"), ("lint",)])
def test_without_a_chain_named_the_command_refuses_and_says_how_to_name_one(
    venv_python,  # noqa: F811
    project,
    command,
):
    shipped = sorted(p.name for p in installed_versions(venv_python).iterdir())
    result = edi_migrate(venv_python, project, *command)
    assert result.returncode == 1
    assert "no migrations folder" in result.stderr
    assert '[tool.edi-migrations] migrations-dir = "migrations"' in result.stderr
    assert "EDI" not in result.stderr
    assert sorted(p.name for p in installed_versions(venv_python).iterdir()) == shipped


def test_new_never_writes_into_the_installed_package(venv_python, project):  # noqa: F811
    folder = installed_versions(venv_python)
    shipped = sorted(p.name for p in folder.iterdir())
    result = edi_migrate(venv_python, project, "new", "add x", "--migrations-dir", folder)
    assert result.returncode == 1
    assert str(folder) in result.stderr and "installed package" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == shipped
