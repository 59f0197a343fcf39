"""The fixtures of the built-in checks; a project overrides any ``edi_migrations_*`` one
by defining a fixture of the same name in its conftest.py (pytest-alembic style).

What a project overrides, and the default:

- ``edi_migrations_seed``: the run's seed (``--migrations-seed N``, else random and
  printed), defined in plugin_start.py, as a test may ask for it with no folder configured;
- ``edi_migrations_connect``: how the harness opens a database (``sqlite3.connect``'s
  signature): override it when the app's views or triggers need functions, collations
  or extensions registered on every connection (:mod:`edi_migrations.harness.connect`);
- ``edi_migrations_app_writes``: what the app itself writes at each version, before each
  migration's own ``app_writes`` and the rows generated from the schema (none);
- ``edi_migrations_app_statements``: what the app runs at each version, as named reads
  and writes (:mod:`edi_migrations.harness.app_statements`; none: derived from the schema);
- ``edi_migrations_start_database``: the start databases themselves (fresh installs
  filled as above); EDI's fixture suite overrides it with its field shapes.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.harness import (
    app_fk_setting,
    budget_option,
    connect_probe,
    connect_setting,
    journal_settle,
    settings,
    start_copies,
    template_keys,
)
from edi_migrations.harness.app_statements import AppStatements
from edi_migrations.harness.budget import RAISE_IT, budget_of
from edi_migrations.harness.cache_dirs import cache_folder
from edi_migrations.harness.connect import Connect, connect, connecting_with
from edi_migrations.harness.dbstate import read_model
from edi_migrations.harness.fresh_installs import FreshInstalls
from edi_migrations.harness.names import NO_SYRUPY
from edi_migrations.harness.path_cache import PathCache
from edi_migrations.harness.paths import Start
from edi_migrations.harness.rows.app_data import AppWriters, AppWrites
from edi_migrations.harness.schema_starts import ProjectApp, SchemaStarts
from edi_migrations.harness.template_store import CACHE_NAME, TemplateStore
from edi_migrations.harness.verdict_inputs import beside_the_chain, project_code_digest
from edi_migrations.runner import step_limit
from edi_migrations.runner.discovery import Migration, folder_of
from edi_migrations.schema.dump import schema_sql_of
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import connecting_with as runner_connecting_with

READ_KEPT = 32  # fresh installs' schema texts kept per worker (reading one again: a few ms)

StartDatabase = Callable[[Start], Path]


@pytest.fixture(scope="session")
def edi_migrations_dir(pytestconfig: pytest.Config) -> Path:
    """The folder of migrations under test (``--migrations-dir`` or the ini's)."""
    return settings.require_migrations_dir(pytestconfig)


@pytest.fixture(scope="session")
def edi_migrations_chain(edi_migrations_dir: Path) -> tuple[Migration, ...]:
    """The migrations of the folder, in order."""
    return load_migrations(edi_migrations_dir)


@pytest.fixture(scope="session")
def edi_migrations_sqlite_floor(pytestconfig: pytest.Config, edi_migrations_dir: Path):
    """The oldest SQLite the app supports: ``--sqlite-floor X.Y``, else the nearest
    pyproject's ``[tool.edi-migrations] sqlite-floor``, else None (no floor check)."""
    from edi_migrations.lint.errors import BadFloor
    from edi_migrations.lint.run import resolve_floor

    try:
        return resolve_floor(edi_migrations_dir, pytestconfig.getoption("sqlite_floor"))
    except BadFloor as exc:
        raise pytest.UsageError(str(exc)) from exc


@pytest.fixture(scope="session")
def edi_migrations_connect(pytestconfig: pytest.Config) -> Connect:
    """Opens a database for the harness (its reads, the app's writes, re-runs): the
    pyproject's ``connect`` setting where it names one (connect_setting: why)."""
    return connect_setting.from_project(pytestconfig) or sqlite3.connect


@pytest.fixture(scope="session", autouse=True)
def _edi_migrations_connecting(request: pytest.FixtureRequest) -> Iterator[None]:
    """Install the project's factory, and the statement budget, for every harness
    connection and every runner call of the session (only where the harness is configured: an unconfigured run
    asks for nothing)."""
    if not settings.active(request.config):
        yield
        return
    seconds = budget_option.statement_seconds(request.config)
    factory = request.getfixturevalue("edi_migrations_connect")
    wal = False
    if connect_probe.checks_selected(request.session):  # before any check opens with it
        probe = connect_probe.probed(factory)
        connect_probe.refuse_unusable(request.config, probe)
        wal = probe.turns_wal_on  # starts are made in its mode
    with (
        journal_settle.settling(wal),
        connecting_with(factory),
        runner_connecting_with(factory),  # every runner call of the session opens with it
        budget_of(seconds),
        step_limit.limited_to(seconds, RAISE_IT),
    ):
        yield


@pytest.fixture(scope="session")
def edi_migrations_app_writes() -> AppWrites | None:
    """What the app writes at each version: ``writes(conn, ctx)`` or None. ``ctx`` is an
    :class:`~edi_migrations.harness.rows.app_data.AppContext` (version, seed, size, rng)."""
    return None


@pytest.fixture(scope="session")
def edi_migrations_app_statements() -> AppStatements | None:
    """``{version: (Read(...), Write(...), ...)}``: the app's statements at each version,
    run by ``test_previous_app_still_works``; a version without any gets an app derived
    from its schema (every column read, a row inserted into every table)."""
    return None


@pytest.fixture(scope="session")
def edi_migrations_fresh_install(
    pytestconfig: pytest.Config,
    edi_migrations_dir: Path,
    edi_migrations_chain: tuple[Migration, ...],
    tmp_path_factory: pytest.TempPathFactory,
    edi_migrations_template_store: TemplateStore,
) -> Callable[[int], Path]:
    """A fresh install at version N, made once per version (on the one below it, and
    kept between runs: harness.fresh_installs) and only read after."""
    folder = tmp_path_factory.mktemp("fresh")
    beside = beside_the_chain(pytestconfig, edi_migrations_chain)
    store = edi_migrations_template_store
    return FreshInstalls(folder, edi_migrations_dir, store, beside).at


@pytest.fixture(scope="session")
def edi_migrations_fresh_schema(
    edi_migrations_fresh_install: Callable[[int], Path],
) -> Callable[[int], str]:
    """The canonical schema model's text of a fresh install at version N (what
    convergence compares)."""
    return _reading(edi_migrations_fresh_install, lambda conn, _: read_model(conn).render())


@pytest.fixture(scope="session")
def edi_migrations_fresh_schema_sql(
    edi_migrations_fresh_install: Callable[[int], Path],
) -> Callable[[int], str]:
    """The canonical SQL of a fresh install at version N (what a snapshot holds)."""
    return _reading(
        edi_migrations_fresh_install, lambda conn, v: schema_sql_of(conn, f"schema of v{v}")
    )


def _reading(
    install: Callable[[int], Path], read: Callable[[sqlite3.Connection, int], str]
) -> Callable[[int], str]:
    """``read(conn, version)`` of the fresh install at each version, the latest kept: a
    chain of 300 asks for every version, and its texts held 20 MB of every worker."""

    @functools.lru_cache(maxsize=READ_KEPT)
    def at(version: int) -> str:
        with closing(connect(str(install(version)))) as conn:
            return read(conn, version)

    return at


@pytest.fixture(scope="session")
def edi_migrations_template_store(
    pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> TemplateStore:
    """Where start templates are kept: pytest's cache folder, so the next run reuses
    them (``-p no:cacheprovider``: this session's tmp); builds happen in tmp."""
    scratch = tmp_path_factory.mktemp("building")
    root = cache_folder(pytestconfig, CACHE_NAME) or tmp_path_factory.mktemp("templates")
    return TemplateStore(Path(root), scratch)


@pytest.fixture(scope="session")
def edi_migrations_path_cache(
    pytestconfig: pytest.Config,
    edi_migrations_template_store: TemplateStore,
    edi_migrations_connect: Connect,
    edi_migrations_chain: tuple[Migration, ...],
) -> PathCache:
    """What paths derive from their starts (snapshots, stepped starts), in the template
    store; the jumps of this session in memory. Keyed by the project's ``connect``, the
    migrations folder's other files and the project's modules but its tests (a helper a
    migration imports is in no checksum)."""
    connect = template_keys.callable_digest(edi_migrations_connect)
    code = f"{connect}.{beside_the_chain(pytestconfig, edi_migrations_chain)}"
    return PathCache(edi_migrations_template_store, code)


@pytest.fixture(scope="session")
def edi_migrations_project_app(
    pytestconfig: pytest.Config,
    edi_migrations_app_writes: AppWrites | None,
    edi_migrations_connect: Connect,
    edi_migrations_chain: tuple[Migration, ...],
) -> ProjectApp:
    """What the project's own code puts into a start database: its app writers (with the
    tables whose app writes reference cycles, from the ini), and a digest of the source
    defining them and ``edi_migrations_connect`` and of what the migrations read beside
    their files (part of the key); where the project writes, also of its modules
    imported so far (what its writer calls in them)."""
    code = "+".join(
        template_keys.callable_digest(f)
        for f in (edi_migrations_app_writes, edi_migrations_connect)
    )
    code += "+" + beside_the_chain(pytestconfig, edi_migrations_chain)
    if edi_migrations_app_writes is not None:
        code += "+" + project_code_digest(Path(pytestconfig.rootpath), frozenset())
    cycles = settings.reference_cycles(pytestconfig)
    enforces = app_fk_setting.app_enforces_foreign_keys(pytestconfig)
    return ProjectApp(AppWriters(edi_migrations_app_writes, cycles, enforces), code)


@pytest.fixture(scope="session")
def edi_migrations_schema_starts(
    pytestconfig: pytest.Config,
    edi_migrations_template_store: TemplateStore,
    edi_migrations_chain: tuple[Migration, ...],
    edi_migrations_seed: int,
    edi_migrations_project_app: ProjectApp,
    edi_migrations_fresh_install: Callable[[int], Path],
) -> SchemaStarts:
    """Start databases from the schema: one fresh install per version (the run's own,
    each built on the one below), filled once and kept between runs under a key of the
    chain, the generator and the project's code."""
    return SchemaStarts(
        edi_migrations_template_store,
        folder_of(edi_migrations_chain),
        edi_migrations_chain,
        edi_migrations_seed,
        pytestconfig.getoption("matrix_rows"),
        edi_migrations_project_app.writers,
        edi_migrations_project_app.code,
        edi_migrations_fresh_install,
        Path(pytestconfig.rootpath),
    )


@pytest.fixture
def edi_migrations_start_database(
    edi_migrations_schema_starts: SchemaStarts, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[StartDatabase]:
    """``build(start) -> path``: a private database at a path's start (an empty file for
    version 0). Overriding fixtures build ``Start(1, shape)`` for each shape the project's
    ``pytest_edi_migrations_start_shapes`` names, and ``Start(n)`` for the plain start.
    A passing test's copies are removed at its end (harness.start_copies)."""
    counter, made = itertools.count(), []

    def build(start: Start) -> Path:
        if start.version == 0:
            path = tmp_path / "fresh.db"
            path.touch()
            journal_settle.settle(path)  # an empty file, as the app's connect leaves it
        else:
            dest = tmp_path / f"v{start.version}-{next(counter)}.db"
            path = edi_migrations_schema_starts.copy(start.version, dest)
        made.append(path)
        return path

    def start_key(start: Start) -> str:
        """What decides ``build(start)``'s bytes (harness.verdicts keys by it)."""
        return "empty" if start.version == 0 else edi_migrations_schema_starts.start_key(start.version)

    build.start_key = start_key  # type: ignore[attr-defined]
    yield build
    start_copies.remove_if_passed(request.node, made, tmp_path)


@pytest.fixture
def edi_migrations_schema_snapshot(request: pytest.FixtureRequest, pytestconfig: pytest.Config):
    """syrupy's snapshot, writing ``schema_vN.sql`` files of canonical SQL (asked for by
    name: without syrupy, pytest's "fixture 'snapshot' not found" said not what to do)."""
    if not pytestconfig.pluginmanager.hasplugin("syrupy"):
        pytest.fail(NO_SYRUPY, pytrace=False)
    from edi_migrations.harness.snapshots import extension_for

    snapshot = request.getfixturevalue("snapshot")
    return snapshot.use_extension(extension_for(settings.snapshots_dir(pytestconfig)))
