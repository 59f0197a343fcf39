"""Where the migrations under test are, and whether the built-in checks run.

The folder comes from ``--migrations-dir DIR`` (relative to where pytest was started),
the ini option ``edi_migrations_dir`` (relative to the ini file), or the project's
``[tool.edi-migrations] migrations-dir`` in the nearest pyproject.toml up from the ini file
or rootdir, which the command line reads too (runner/project.py). The ini key wins over
the pyproject: ``-o`` can override only ini keys. Without any the plugin stays out of the way: it registers its options and does nothing else, so
installing it never changes another project's test run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.errors import MigrationError
from edi_migrations.runner.one_folder import ONE_PER_RUN, several_in_one_value
from edi_migrations.runner.project import (
    EXAMPLE,
    MIGRATIONS_KEY,
    SNAPSHOTS_KEY,
    configured_folder,
    project_table,
    pyproject_for,
)

INI_DIR = "edi_migrations_dir"
INI_SNAPSHOTS = "edi_migrations_snapshots"
INI_CYCLES = "edi_migrations_reference_cycles"
SNAPSHOT_FOLDER = "schema_snapshots"
# What the xdist controller decided, handed to each worker: a worker is started with the
# controller's resolved arguments from the controller's root, so it cannot decide again.
WORKER_DIR = "edi_migrations_dir"
WORKER_CHECKS = "edi_migrations_checks"


FOLDER_KEY = pytest.StashKey[Path | None]()
PYPROJECT_KEY = pytest.StashKey[dict[str, Path | None]]()


def migrations_dir(config: pytest.Config) -> Path | None:
    """The folder of migrations under test, or None when none is configured: decided once
    per run (every test's report asks, through :func:`active`)."""
    if FOLDER_KEY not in config.stash:
        config.stash[FOLDER_KEY] = _find_migrations_dir(config)
    return config.stash[FOLDER_KEY]


def _find_migrations_dir(config: pytest.Config) -> Path | None:
    handed = _from_controller(config, WORKER_DIR)
    if handed is not None:
        return Path(handed) if handed else None
    given = config.getoption("migrations_dir", default=None)
    if given:
        return (config.invocation_params.dir / given).resolve()
    return _configured_dir(config)


def _configured_dir(config: pytest.Config) -> Path | None:
    return _from_ini(config, INI_DIR) or _from_pyproject(config, MIGRATIONS_KEY)


def configured_in_files(config: pytest.Config) -> bool:
    """Whether the ini or the pyproject names a folder: what the plugin's entry point asks
    before the options are parsed, to load the harness only for a project that uses it."""
    return _configured_dir(config) is not None


def snapshots_dir(config: pytest.Config) -> Path:
    """Where the schema snapshots live: ``edi_migrations_snapshots`` (or the pyproject's
    ``snapshots-dir``) when the configuration names a folder and the migrations folder is
    the configured one, else ``schema_snapshots`` inside the migrations folder."""
    folder = require_migrations_dir(config)
    own = _from_ini(config, INI_SNAPSHOTS) or _from_pyproject(config, SNAPSHOTS_KEY)
    if own is not None and folder == _configured_dir(config):
        return own
    return folder / SNAPSHOT_FOLDER


def require_migrations_dir(config: pytest.Config) -> Path:
    folder = migrations_dir(config)
    if folder is None:
        raise pytest.UsageError(
            "edi-migrations: no migrations folder: pass --migrations-dir DIR, or name it in "
            f"pyproject.toml: {EXAMPLE} (or {INI_DIR} in the pytest ini section)"
        )
    return folder


def reference_cycles(config: pytest.Config) -> tuple[str, ...]:
    """The tables whose generated rows hold a cycle through their reference to themselves
    (the ini's ``edi_migrations_reference_cycles``): the project's app writes such cycles."""
    return tuple(str(name) for name in config.getini(INI_CYCLES))


def active(config: pytest.Config) -> bool:
    return migrations_dir(config) is not None


def builtin_checks_wanted(config: pytest.Config) -> bool:
    """The built-in checks join a run when ``--migrations-dir`` is given, or when the ini
    names a folder and pytest collects its default paths (a bare ``pytest``) or a path
    holding the folder (``pytest .``, ``pytest migrations``), so that
    ``pytest tests/test_one.py`` stays the one file it names."""
    handed = _from_controller(config, WORKER_CHECKS)
    if handed is not None:
        return bool(handed)
    if not active(config):
        return False
    if config.getoption("migrations_dir", default=None):
        return True
    return config.args_source != pytest.Config.ArgsSource.ARGS or _named_on_the_line(config)


def _named_on_the_line(config: pytest.Config) -> bool:
    """Whether a path argument (no ``::``) is the migrations folder or a folder above it."""
    folder = migrations_dir(config)
    started = config.invocation_params.dir
    return folder is not None and any(
        "::" not in arg and folder.is_relative_to((started / arg).resolve()) for arg in config.args
    )


def hand_to_worker(node) -> None:
    """xdist controller: give the worker this run's folder and choice of checks."""
    folder = migrations_dir(node.config)
    node.workerinput[WORKER_DIR] = str(folder) if folder else ""
    node.workerinput[WORKER_CHECKS] = builtin_checks_wanted(node.config)


def _from_controller(config: pytest.Config, key: str):
    workerinput = getattr(config, "workerinput", None)
    return workerinput.get(key) if workerinput is not None else None


def _from_pyproject(config: pytest.Config, key: str) -> Path | None:
    """``key`` of the nearest pyproject's ``[tool.edi-migrations]``, read once per run."""
    if PYPROJECT_KEY not in config.stash:
        config.stash[PYPROJECT_KEY] = {}
    found = config.stash[PYPROJECT_KEY]
    if key not in found:
        start = config.inipath.parent if config.inipath else config.rootpath
        pyproject = pyproject_for(start)
        try:
            named = configured_folder(pyproject, key) if pyproject else None
        except MigrationError as exc:
            raise pytest.UsageError(f"edi-migrations: {exc}") from None
        found[key] = named.folder if named else None
    return found[key]


def project_settings(config: pytest.Config) -> dict:
    """The nearest pyproject's ``[tool.edi-migrations]``, where the folders and the app's
    ``connect`` are read (empty where there is none, or it cannot be read: that is said
    where a setting is read)."""
    pyproject = pyproject_for(config.inipath.parent if config.inipath else config.rootpath)
    try:
        return project_table(pyproject) if pyproject else {}
    except MigrationError:
        return {}


def _from_ini(config: pytest.Config, name: str) -> Path | None:
    value = config.getini(name)
    if not value:
        return None
    if several_in_one_value(value):
        raise pytest.UsageError(f"edi-migrations: {name} names several folders: {ONE_PER_RUN}")
    base = config.inipath.parent if config.inipath else config.rootpath
    return (base / str(value)).resolve()
