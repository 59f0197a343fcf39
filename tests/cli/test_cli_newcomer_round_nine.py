"""Round nine of a newcomer's app (its own collation and function, a ``src/`` layout):
what ``edi-migrate`` showed it as a traceback or without the way out, each beside the
case that works."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from edi_migrations import init
from tests.collating_app import connect as app_connect
from tests.collating_app import write_chain
from tests.support import run_cli

FACTORIES = """
import sqlite3

from appdb import connect


def no_extension(database, **kw):
    conn = connect(database, **kw)
    raise sqlite3.OperationalError("./accents.so: cannot open shared object file")


def attribute_missing(database, **kw):
    conn = connect(database, **kw)
    conn.no_such_method(True)


def forgets_kw(database, **kw):
    return connect(database)


class AppConnection(sqlite3.Connection):
    pass


def own_class(database, **kw):
    return connect(database, **{**kw, "factory": AppConnection})
"""

FOLDED_INDEX = """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_cards_sort ON cards (app_sort(name))")


def downgrade(conn):
    conn.execute("DROP INDEX ix_cards_sort")
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The app's module, its factories gone wrong, its chain at v2 in ``app.db``."""
    shutil.copyfile(collating_app.__file__, tmp_path / "appdb.py")
    (tmp_path / "factories.py").write_text(FACTORIES)
    chain = write_chain(tmp_path / "migrations")
    (chain / "0003_folded_index.py").write_text(FOLDED_INDEX)
    init(tmp_path / "app.db", to=3, migrations_dir=chain, connect=app_connect)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
    )
    return tmp_path


def _one_line(done, project: Path, before: bytes) -> str:
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert (project / "app.db").read_bytes() == before
    return done.stderr


@pytest.mark.parametrize(
    ("factory", "said"),
    [
        ("factories:no_extension", "cannot open shared object file"),
        ("factories:attribute_missing", "AttributeError"),
    ],
)
def test_a_factory_that_fails_is_one_line_naming_it(project, factory, said):
    before = (project / "app.db").read_bytes()
    for command in (("status", "app.db"), ("downgrade", "app.db", "--to", "2", "--no-backup")):
        done = run_cli(*command, "--connect", factory, cwd=project)
        line = _one_line(done, project, before)
        assert said in line and factory in line, line


@pytest.mark.parametrize("factory", ["factories:forgets_kw", "factories:own_class"])
def test_a_factory_dropping_the_runners_kw_is_one_line(project, factory):
    before = (project / "app.db").read_bytes()
    done = run_cli(
        "downgrade", "app.db", "--to", "2", "--no-backup", "--connect", factory, cwd=project
    )
    line = _one_line(done, project, before)
    assert "**kw" in line and "app.db" in line, line


def test_the_apps_own_factory_downgrades(project):
    done = run_cli(
        "downgrade", "app.db", "--to", "2", "--no-backup", "--connect", "appdb:connect", cwd=project
    )
    assert done.returncode == 0, done.stderr


def test_an_index_on_the_apps_function_says_to_give_its_connect(project):
    before = (project / "app.db").read_bytes()
    for command in ("status", "verify"):
        line = _one_line(run_cli(command, "app.db", cwd=project), project, before)
        assert "app_sort" in line and "--connect module:function" in line, line
        assert "[tool.edi-migrations] connect" in line, line
        given = run_cli(command, "app.db", "--connect", "appdb:connect", cwd=project)
        assert given.returncode == 0, given.stderr


def test_the_setting_imports_a_src_layout_app(project):
    (project / "src").mkdir()
    shutil.move(project / "appdb.py", project / "src" / "appdb.py")
    setting = 'migrations-dir = "migrations"\nconnect = "appdb:connect"\n'
    (project / "pyproject.toml").write_text(f"[tool.edi-migrations]\n{setting}")
    done = run_cli("status", "app.db", cwd=project)
    assert done.returncode == 0, done.stderr
    (project / "pyproject.toml").write_text(
        f"[tool.edi-migrations]\n{setting.replace('appdb:', 'nosuchapp:')}"
    )
    line = _one_line(
        run_cli("status", "app.db", cwd=project), project, (project / "app.db").read_bytes()
    )
    assert str(project) in line and "src" in line, line


def test_the_lints_refusal_names_no_other_project(project):
    done = run_cli("lint", cwd=project)
    assert done.returncode == 1
    assert "unicase" in done.stdout + done.stderr
    assert "edi-lint" not in done.stdout + done.stderr, done.stdout  # its work folder
    assert run_cli("lint", "--connect", "appdb:connect", cwd=project).returncode == 0
