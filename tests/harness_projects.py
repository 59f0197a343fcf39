"""Pytester projects that run the matrix on a private copy of the migrations.

Shared by every harness self-proof (``tests/harness/test_harness_*.py``): copy the
project's versions folder, break or extend it, run the matrix against it with
``--migrations-dir`` and assert on the outcome and the failure lines.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.harness.migration_folders import (
    append_to_function,
    copy_migrations,
    migration_file,
)
from edi_migrations.harness.template_store import CACHE_NAME
from tests.run_tmp import shared_tmp

CONFTEST = 'pytest_plugins = ["fixtures.edi.provider"]\n'  # EDI's data, as the repo's conftest


@dataclass(frozen=True)
class Breakage:
    """How to break one migration, which tests to run, and the lines the failure must show."""

    version: int
    append: tuple[str, ...] = ()  # statements added at the end of upgrade()
    replace: tuple[str, str] | None = None  # (old, new) in the migration's source
    also: tuple[tuple[int, str], ...] = ()  # (version, statement) added to other migrations
    select: tuple[str, ...] = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2")
    expect: tuple[str, ...] = ()


def make_matrix_project(pytester: pytest.Pytester) -> None:
    """Make the pytester project one that runs the matrix on EDI's data: a conftest
    naming EDI's provider, no test file (the plugin brings the checks)."""
    pytester.makeconftest(CONFTEST)


@pytest.fixture
def matrix_project(pytester: pytest.Pytester) -> Path:
    """A pytester project running the matrix on a private copy of the migrations; returns
    the copy's folder, to break or extend before :func:`run_matrix`."""
    make_matrix_project(pytester)
    return copy_migrations(pytester.path / "versions")


@dataclass(frozen=True)
class InnerRuns:
    """What every pytester run of this session shares: the outer run's seed and one cache
    folder, so a start database the broken copies have in common (every v1 shape, every
    version below the broken migration) is built once, not once per run. Template keys
    hold the migrations' checksums: a broken copy never reuses a template of another."""

    seed: int
    cache: Path


INNER: list[InnerRuns] = []
INNER_STORE = "edi-migrations-inner-templates"  # under the outer run's .pytest_cache/d/


@pytest.fixture(scope="session", autouse=True)
def _inner_runs(
    edi_migrations_seed: int, tmp_path_factory: pytest.TempPathFactory, pytestconfig
) -> None:
    INNER[:] = [InnerRuns(edi_migrations_seed, inner_cache(tmp_path_factory, pytestconfig))]


def outer_seed() -> tuple[str, str]:
    """The outer run's seed, for an inner run a spec starts itself (not by ``run_matrix``):
    without it that run draws a seed of its own, and ``--edi-seed N`` on the outer run
    would not bring its data back."""
    return ("--migrations-seed", str(INNER[0].seed))


def inner_cache(tmp_path_factory: pytest.TempPathFactory, config: pytest.Config) -> Path:
    """A fresh cache folder for this session's inner runs (their last-failed records never
    outlive it) whose template store is the outer run's persistent one, kept apart from
    the outer run's own templates: the next session's inner runs reuse what this one
    built, as a developer's second run does (``-p no:cacheprovider``: this session's,
    shared by its xdist workers as the outer cache is, so each builds no key twice)."""
    cache = tmp_path_factory.mktemp("inner-cache")
    outer = getattr(config, "cache", None)
    kept = outer.mkdir(INNER_STORE) if outer is not None else shared_tmp(config, INNER_STORE)
    store = cache / "d" / CACHE_NAME
    store.parent.mkdir(parents=True)
    store.symlink_to(kept, target_is_directory=True)
    return cache


EXAMPLE_CHAIN = Path(__file__).parent / "example_app" / "migrations"


def copy_example_chain(pytester: pytest.Pytester) -> Path:
    """The note-taking chain of ``tests/example_app`` (not EDI's) in the pytester project,
    without caches or snapshots; returns its folder."""
    folder = pytester.path / "migrations"
    shutil.copytree(
        EXAMPLE_CHAIN, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*")
    )
    return folder


def run_matrix(
    pytester: pytest.Pytester, folder: Path, *args: str, timeout: float | None = None
) -> pytest.RunResult:
    """The matrix on ``folder``, in process; with ``timeout``, in a subprocess that may not
    outlive it (a run that would hang if the harness regressed fails instead)."""
    shared = INNER[0]
    argv = ("-o", f"cache_dir={shared.cache}", "--edi-seed", str(shared.seed))
    argv += ("--migrations-dir", str(folder), "--matrix-sessions", "25", *args)
    if timeout is not None:
        return pytester.runpytest_subprocess(*argv, timeout=timeout)
    return pytester.runpytest_inprocess(*argv)


def assert_outcome(result: pytest.RunResult, expect: tuple[str, ...]) -> None:
    """One failed test showing every line of ``expect`` in order, or (no lines) one pass."""
    if expect:
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines(list(expect))
    else:
        result.assert_outcomes(passed=1)


def assert_matrix_fails(pytester: pytest.Pytester, folder: Path, breakage: Breakage) -> None:
    """Break the copied migrations as ``breakage`` says; its tests fail, showing its lines."""
    break_migration(folder, breakage)
    result = run_matrix(pytester, folder, *breakage.select)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(list(breakage.expect))


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


def add_migration(
    folder: Path, name: str, body: str, doc: str = "Added by a harness spec."
) -> Path:
    """Append migration ``NNNN_name.py`` (the next number) to ``folder``; ``body`` is the
    module's code after its docstring (imports, ``CHANGES``, ``upgrade(conn)``)."""
    number = len(list(folder.glob("[0-9][0-9][0-9][0-9]_*.py"))) + 1
    path = folder / f"{number:04d}_{name}.py"
    path.write_text(f'"""{doc}"""\n\n{body.strip()}\n', encoding="utf-8")
    return path


def first_migration(pytester: pytest.Pytester, source: str, name: str = "initial") -> Path:
    """A ``migrations`` folder in the pytester project holding ``source`` (a whole module)
    as ``0001_<name>.py``, for :func:`add_migration` to extend; returns the folder."""
    folder = pytester.path / "migrations"
    folder.mkdir()
    (folder / f"0001_{name}.py").write_text(source, encoding="utf-8")
    return folder


def backfill(table: str, column: str, expression: str, written: str | None = None) -> str:
    """The body of a migration adding INTEGER ``table.column`` declared as filled with
    ``expression``, which fills it with ``written`` (by default the same expression)."""
    return f"""
from edi_migrations.changes import Backfill

CHANGES = (Backfill({table!r}, {column!r}, expression={expression!r}),)


def upgrade(conn):
    conn.execute("ALTER TABLE {table} ADD COLUMN {column} INTEGER")
    conn.execute({f"UPDATE {table} SET {column} = {written or expression}"!r})
"""


def quarantine_then_unique(
    table: str, key: tuple[str, ...], index: str, replaced_views: tuple[str, ...] = ()
) -> str:
    """The body of a migration that does it right: every row repeating ``key`` (after
    the first) moved into ``duplicate_<table>`` as exact JSON, declared with ``MoveRows``,
    then ``CREATE UNIQUE INDEX index ON table(key)``; views whose figures move with the
    rows are declared replaced."""
    quarantine = f"duplicate_{table}"
    columns = ", ".join(key)
    not_null = " AND ".join(f"{c} IS NOT NULL" for c in key)
    views = "".join(f"    ReplaceView({v!r}),\n" for v in replaced_views)
    return f"""
from edi_migrations.sqlite.dbapi import sqlite3

from edi_migrations.changes import AddTable, MoveRows, ReplaceView
from edi_migrations.identifiers import quote_identifier
from edi_migrations.quarantine import encode_row

CHANGES = (
    AddTable({quarantine!r}),
    MoveRows({table!r}, to={quarantine!r}),
{views})


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE {quarantine} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "source_table TEXT NOT NULL, source_rowid INTEGER NOT NULL, row_json TEXT NOT NULL)"
    )
    names = [r[1] for r in conn.execute("PRAGMA table_info({table})")]
    cols = ", ".join(quote_identifier(n) for n in names)
    extra = conn.execute(
        f"SELECT rowid, {{cols}} FROM {table} WHERE {not_null} AND rowid NOT IN "
        "(SELECT min(rowid) FROM {table} WHERE {not_null} GROUP BY {columns}) ORDER BY rowid"
    ).fetchall()
    for rowid, *values in extra:
        conn.execute(
            "INSERT INTO {quarantine} (source_table, source_rowid, row_json) VALUES (?, ?, ?)",
            ({table!r}, rowid, encode_row(names, values)),
        )
        conn.execute("DELETE FROM {table} WHERE rowid = ?", (rowid,))
    conn.execute("CREATE UNIQUE INDEX {index} ON {table}({columns})")
"""


def lint_of_second(pytester: pytest.Pytester, first: str, second: str) -> pytest.RunResult:
    """The lint check of a two-migration chain (``first``, ``second``: their sources) on
    the second one alone."""
    folder = first_migration(pytester, first)
    add_migration(folder, "second", second)
    return run_matrix(
        pytester, folder, "-k", "test_migration_passes_the_lint", "--upgrade-path", "v1->v2"
    )
