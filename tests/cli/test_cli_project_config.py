"""The project's configuration in one place: ``[tool.edi-migrations] migrations-dir`` in
the nearest pyproject.toml (up from the working directory) names the chain every command
uses; ``--migrations-dir`` wins over it; with neither, outside this repository, the
command refuses and says how to point it at a folder."""

from __future__ import annotations

import json

import pytest

from edi_migrations import current_version, init
from tests.bookmarks_chain import write_chain
from tests.support import run_cli

PYPROJECT = (
    '[project]\nname = "bookmarks"\n\n[tool.edi-migrations]\nmigrations-dir = "db/migrations"\n'
)


@pytest.fixture
def project(tmp_path):
    """A bookmarks app whose pyproject names its migrations; commands run from a sub-folder."""
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    write_chain(tmp_path / "db" / "migrations")
    (tmp_path / "src").mkdir()
    return tmp_path


def test_init_and_status_use_the_folder_the_pyproject_names(project):
    db = project / "app.db"
    made = run_cli("init", db, cwd=project / "src")
    assert made.returncode == 0, made.stderr
    assert "0004_tags: v3 -> v4" in made.stdout
    status = json.loads(run_cli("status", db, "--json", cwd=project / "src").stdout)
    assert status["version"] == status["head"] == 4


def test_lint_lints_the_projects_migrations(project):
    result = run_cli("lint", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "lint clean: 4 migration(s)" in result.stdout  # the bookmarks app's 4, not EDI's 3


def test_new_writes_into_the_projects_folder(project):
    result = run_cli("new", "add bookmark notes", cwd=project / "src")
    assert result.returncode == 0, result.stderr
    assert (project / "db" / "migrations" / "0005_add_bookmark_notes.py").exists()
    assert "pytest --upgrade-path '*->v5*'" in result.stdout


def test_the_option_wins_over_the_pyproject(project, tmp_path_factory):
    other = write_chain(tmp_path_factory.mktemp("other") / "migrations", upto=2)
    db = project / "app.db"
    assert run_cli("init", db, "--migrations-dir", other, cwd=project).returncode == 0
    assert current_version(db, other) == 2


@pytest.mark.parametrize(
    "command", [("status", "app.db"), ("init", "app.db"), ("lint",), ("new", "add x")]
)
def test_with_neither_outside_this_repository_the_command_says_how_to_name_a_folder(
    tmp_path, command
):
    result = run_cli(*command, cwd=tmp_path)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert "no migrations folder" in line
    assert "--migrations-dir" in line and "[tool.edi-migrations] migrations-dir" in line
    assert "EDI" not in line
    assert not (tmp_path / "app.db").exists()


def test_a_pyproject_without_the_setting_is_named_in_the_refusal(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    result = run_cli("status", "app.db", cwd=tmp_path)
    assert result.returncode == 1
    assert str(tmp_path / "pyproject.toml") in result.stderr


def test_a_folder_the_pyproject_names_that_does_not_exist_is_refused_naming_both(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    result = run_cli("status", "app.db", cwd=tmp_path)
    assert result.returncode == 1
    assert str(tmp_path / "db" / "migrations") in result.stderr
    assert str(tmp_path / "pyproject.toml") in result.stderr


def test_inside_this_repository_the_chain_is_the_one_its_pyproject_names(tmp_path):
    db = tmp_path / "edi.db"
    assert run_cli("init", db).returncode == 0  # run from the repository's root
    status = json.loads(run_cli("status", db, "--json").stdout)
    assert status["head"] == 3 and status["pending"] == []


def test_a_database_of_another_chain_is_refused_naming_its_migrations(project, tmp_path):
    db = project / "app.db"
    init(db, migrations_dir=project / "db" / "migrations")
    result = run_cli("status", db)  # from this repository: its chain is EDI's
    assert result.returncode == 1
    assert "migrated by another chain: 0001_users" in result.stderr
    assert "pass --migrations-dir" in result.stderr
    assert "upgrade edi-migrations" not in result.stderr


def test_the_plugins_ini_key_in_the_pyproject_names_the_chain_too(tmp_path):
    """A project set up for the plugin alone: its pytest settings name the folder."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nedi_migrations_dir = "db/migrations"\n'
    )
    write_chain(tmp_path / "db" / "migrations", upto=2)
    assert run_cli("init", "app.db", cwd=tmp_path).returncode == 0
    assert current_version(tmp_path / "app.db", tmp_path / "db" / "migrations") == 2
