"""Pytester projects that run the matrix on a private copy of the migrations.

Shared by every harness self-proof (``tests/test_harness_*.py``): copy the
project's versions folder, break or extend it, run the matrix against it with
``--migrations-dir`` and assert on the outcome and the failure lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from fixtures.migration_folders import append_to_function, copy_migrations, migration_file

CONFTEST = (
    'pytest_plugins = ["fixtures.seeding", "fixtures.database_fixtures", "fixtures.matrix"]\n'
)
TESTS = "from fixtures.matrix_checks import *  # noqa: F403\n"


@dataclass(frozen=True)
class Breakage:
    """How to break one migration, which tests to run, and the lines the failure must show."""

    version: int
    append: tuple[str, ...] = ()  # statements added at the end of upgrade()
    replace: tuple[str, str] | None = None  # (old, new) in the migration's source
    also: tuple[tuple[int, str], ...] = ()  # (version, statement) added to other migrations
    select: tuple[str, ...] = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2")
    expect: tuple[str, ...] = ()


@pytest.fixture
def matrix_project(pytester: pytest.Pytester) -> Path:
    """A pytester project running the matrix on a private copy of the migrations; returns
    the copy's folder, to break or extend before :func:`run_matrix`."""
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_matrix=TESTS)
    return copy_migrations(pytester.path / "versions")


def run_matrix(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", str(folder), "--matrix-sessions", "25", *args
    )


def break_migration(folder: Path, breakage: Breakage) -> None:
    for code in breakage.append:
        append_to_function(folder, breakage.version, "upgrade", code)
    for version, code in breakage.also:
        append_to_function(folder, version, "upgrade", code)
    if breakage.replace:
        path = migration_file(folder, breakage.version)
        old, new = breakage.replace
        assert old in path.read_text(), f"{old!r} not in {path.name}"
        path.write_text(path.read_text().replace(old, new))


def add_migration(folder: Path, name: str, body: str, doc: str = "Added by a harness spec.") -> Path:
    """Append migration ``NNNN_name.py`` (the next number) to ``folder``; ``body`` is the
    module's code after its docstring (imports, ``CHANGES``, ``upgrade(conn)``)."""
    number = len(list(folder.glob("[0-9][0-9][0-9][0-9]_*.py"))) + 1
    path = folder / f"{number:04d}_{name}.py"
    path.write_text(f'"""{doc}"""\n\n{body.strip()}\n', encoding="utf-8")
    return path
