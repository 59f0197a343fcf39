"""``edi-migrate --connect module:function`` (or ``[tool.edi-migrations] connect``) opens the
database as the app does, so a schema using the app's collation and function migrates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from edi_migrations import init
from tests.collating_app import add_cards, write_chain
from tests.collating_app import connect as app_connect
from tests.support import run_cli


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An app's folder: its module (``appdb.connect``), its chain, a v1 database with cards."""
    shutil.copyfile(collating_app.__file__, tmp_path / "appdb.py")
    chain = write_chain(tmp_path / "migrations")
    init(tmp_path / "app.db", to=1, migrations_dir=chain, connect=app_connect)
    add_cards(tmp_path / "app.db")
    return tmp_path


def _pyproject(project: Path, connect: str | None) -> None:
    lines = ["[tool.edi-migrations]", 'migrations-dir = "migrations"']
    if connect is not None:
        lines.append(f'connect = "{connect}"')
    (project / "pyproject.toml").write_text("\n".join(lines) + "\n")


def test_without_connect_the_upgrade_is_one_line_saying_to_give_it(project):
    _pyproject(project, None)
    done = run_cli("upgrade", "app.db", "--no-backup", cwd=project)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1
    assert "unicase" in done.stderr and "--connect module:function" in done.stderr


def test_with_connect_the_upgrade_runs_and_status_and_verify_read_it(project):
    _pyproject(project, None)
    done = run_cli("upgrade", "app.db", "--connect", "appdb:connect", cwd=project)
    assert done.returncode == 0, done.stderr
    assert "now at v2" in done.stdout
    for command in ("status", "verify", "history"):
        seen = run_cli(command, "app.db", "--connect", "appdb:connect", cwd=project)
        assert seen.returncode == 0, (command, seen.stderr)


def test_the_project_setting_is_read_where_the_chain_is(project):
    _pyproject(project, "appdb:connect")
    done = run_cli("upgrade", "app.db", cwd=project)
    assert done.returncode == 0, done.stderr
    assert "now at v2" in done.stdout


@pytest.mark.parametrize(
    ("setting", "said"),
    [("nosuchapp:connect", "cannot import nosuchapp"), ("appdb", "module:function")],
)
def test_a_setting_that_does_not_import_is_one_line_naming_it(project, setting, said):
    _pyproject(project, setting)
    before = (project / "app.db").read_bytes()
    done = run_cli("upgrade", "app.db", cwd=project)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1
    assert "[tool.edi-migrations] connect" in done.stderr and said in done.stderr
    assert (project / "app.db").read_bytes() == before


@pytest.mark.parametrize(("given", "code"), [((), 1), (("--connect", "appdb:connect"), 0)])
def test_the_lint_takes_a_function_the_app_registers_for_the_apps(tmp_path, given, code):
    """calibre's one-argument ``concat()`` aggregate is its own, not SQLite 3.44's built-in:
    given the app's connect, ``edi-migrate lint`` says nothing of it below that floor."""
    from tests.harness.test_harness_calibre_messages import APP_DB, CONCAT_VIEW, TAGS

    (tmp_path / "appdb.py").write_text(APP_DB, encoding="utf-8")
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_tags.py").write_text(TAGS, encoding="utf-8")
    (folder / "0002_tag_list.py").write_text('"""The tags in one list."""\n' + CONCAT_VIEW)
    done = run_cli(
        "lint", "--migrations-dir", folder, "--sqlite-floor", "3.31", *given, cwd=tmp_path
    )
    assert done.returncode == code, done.stdout + done.stderr
    assert ("EM001" in done.stdout) == (code == 1), done.stdout
