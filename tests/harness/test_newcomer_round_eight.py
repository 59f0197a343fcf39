"""A newcomer's workflow, round eight: projects in the shapes real ones have. Naming the
project or the migrations folder on the command line (``pytest .``, ``pytest migrations``,
``pytest --rootdir=P P`` from elsewhere) ran none of the checks, saying nothing; a
``src/`` layout whose migrations folder is a package could not use a relative import of
the helper beside them (``from ._shared import ...``), and ``edi-migrate`` could not
load it at all in a checkout where the app is not installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.harness_projects import outer_seed

NOTES = '''"""Notes: the first schema of the app."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''


def configured_project(pytester: pytest.Pytester) -> Path:
    """A project naming its folder in ``[tool.edi-migrations]``, with one test of its own."""
    pytester.makepyprojecttoml('[tool.edi-migrations]\nmigrations-dir = "migrations"\n')
    (pytester.path / "migrations").mkdir()
    (pytester.path / "migrations" / "0001_notes.py").write_text(NOTES)
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_app.py").write_text("def test_app():\n    pass\n")
    return pytester.path


def checks_ran(result: pytest.RunResult) -> bool:
    return "test_upgrade_path" in result.stdout.str()


@pytest.mark.parametrize("named", [".", "migrations", "{root}"])
def test_naming_the_project_or_its_migrations_folder_runs_the_checks(pytester, named):
    """``pytest migrations`` said "no tests ran": the folder it names holds the checks."""
    root = configured_project(pytester)
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "-v", "--snapshot-update", *outer_seed(), named.format(root=root)
    )
    assert checks_ran(result), result.stdout.str()
    assert result.ret == 0, result.stdout.str()


def test_naming_one_test_file_still_runs_only_it(pytester):
    """The control: a file named is the one file run, without the checks."""
    configured_project(pytester)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-v", "tests/test_app.py")
    result.assert_outcomes(passed=1)
    assert not checks_ran(result)


def test_rootdir_given_from_elsewhere_runs_the_checks(pytester, tmp_path_factory, monkeypatch):
    """``cd /elsewhere && pytest --rootdir=P P``: the project named is the project run."""
    root = configured_project(pytester)
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    result = pytester.run(
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-v",
        "--snapshot-update",
        f"--rootdir={root}",
        str(root),
        timeout=120,
    )
    assert checks_ran(result), result.stdout.str()
    assert result.ret == 0, result.stdout.str()


SHARED = '''"""What the notes migrations share."""
from myapp.models import NOTES


def create_notes(conn):
    conn.execute(f"CREATE TABLE {NOTES} (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''

PACKAGED = '''"""Notes: the first schema, through the helper beside it."""
{imported}


def upgrade(conn):
    create_notes(conn)
'''


def packaged_chain(pytester: pytest.Pytester, imported: str) -> Path:
    """``src/myapp/migrations``, a package of the app, its first migration importing as
    ``imported`` says; returns the folder."""
    package = pytester.path / "src" / "myapp"
    (package / "migrations").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text('NOTES = "notes"\n')
    (package / "migrations" / "__init__.py").write_text("")
    (package / "migrations" / "_shared.py").write_text(SHARED)
    (package / "migrations" / "0001_notes.py").write_text(PACKAGED.format(imported=imported))
    return package / "migrations"


IMPORTS = [
    "from ._shared import create_notes",  # was refused: no known parent package
    "from myapp.migrations._shared import create_notes",  # the control
]


@pytest.mark.parametrize("imported", IMPORTS)
def test_a_src_layout_package_of_migrations_imports_its_helpers(pytester, imported):
    """``src/myapp/migrations/__init__.py``: the folder is a package of the app, its
    migrations import the app's modules and their helpers as the app's modules do."""
    packaged_chain(pytester, imported)
    pytester.makepyprojecttoml(
        '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n'
        '[tool.edi-migrations]\nmigrations-dir = "src/myapp/migrations"\n'
    )
    result = pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--snapshot-update", *outer_seed()
    )
    assert result.ret == 0, result.stdout.str()


@pytest.mark.parametrize("imported", IMPORTS)
def test_the_command_line_loads_a_package_of_migrations_not_installed(pytester, imported):
    """``edi-migrate init`` in a checkout where the app is not installed: the package's
    parent folder is importable while a migration loads, as it is to the app's tests."""
    folder = packaged_chain(pytester, imported)
    result = pytester.run(
        sys.executable,
        "-c",
        "from edi_migrations.cli import main; raise SystemExit(main())",
        "init",
        "app.db",
        "--migrations-dir",
        str(folder),
        timeout=120,
    )
    assert result.ret == 0, result.stderr.str()
    result.stdout.fnmatch_lines(["*app.db: now at v1"])
