"""A project's ``connect`` that cannot open a database stops the run in one line naming
it, before any check opens a database with it (it failed every check, each with the
factory's traceback); a sound one runs the matrix as before."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

import tests.collating_app as collating_app
from tests.collating_app import write_chain
from tests.harness_projects import run_matrix

BROKEN = """
import sqlite3

def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    raise RuntimeError("the app's key file is missing")
"""

NARROW = """
import sqlite3

def connect(database):
    return sqlite3.connect(database)
"""


def project(pytester: pytest.Pytester, module: str, source: str) -> Path:
    """The collating app's chain, with ``[tool.edi-migrations] connect`` naming ``module``."""
    (pytester.path / f"{module}.py").write_text(textwrap.dedent(source))
    pytester.makepyprojecttoml(f'[tool.edi-migrations]\nconnect = "{module}:connect"\n')
    return write_chain(pytester.path / "migrations")


def test_a_factory_that_raises_stops_the_run_in_one_line(pytester):
    chain = project(pytester, "appdb_broken", BROKEN)
    result = run_matrix(pytester, chain, "-p", "no:xdist", timeout=120)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        [
            "*the app's connect appdb_broken:connect failed to open a new database"
            " (RuntimeError: the app's key file is missing); no check was run*"
        ]
    )
    assert (
        "Traceback" not in result.stdout.str() and "raise RuntimeError" not in result.stdout.str()
    )


def test_under_xdist_each_check_says_that_line_without_a_traceback(pytester):
    chain = project(pytester, "appdb_broken", BROKEN)
    result = run_matrix(pytester, chain, "-n", "2", "--upgrade-path", "v1->v2", timeout=120)
    out = result.stdout.str()
    assert "INTERNALERROR" not in out
    assert result.parseoutcomes().get("errors", 0) >= 1 and not result.parseoutcomes().get("passed")
    assert "failed to open a new database (RuntimeError: the app's key file is missing)" in out
    assert "raise RuntimeError" not in out


def test_a_factory_without_kw_is_told_to_take_them(pytester):
    chain = project(pytester, "appdb_narrow", NARROW)
    result = run_matrix(pytester, chain, "-p", "no:xdist", timeout=120)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*appdb_narrow:connect*it must take **kw and pass them on*"])


def test_a_sound_factory_runs_the_matrix(pytester):
    shutil.copyfile(collating_app.__file__, pytester.path / "appdb.py")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "appdb:connect"\n')
    chain = write_chain(pytester.path / "migrations")
    # in a process of its own, as its broken twins: the factory is the process's
    args = ("--upgrade-path", "v1->v2", "-k", "test_upgrade_path", "-p", "no:xdist")
    result = run_matrix(pytester, chain, *args, timeout=120)
    result.assert_outcomes(passed=1)
