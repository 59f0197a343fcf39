"""What a built-in check's verdict follows from, so that a kept verdict is reused only
where every input is the same (:mod:`edi_migrations.harness.verdicts`).

- its start database's bytes (whoever provides them: a project's own provider is keyed
  by what it gives, so a data file it reads counts too);
- the migrations up to the highest version it reaches, by name and checksum (an edit of
  the last migration leaves the checks below it their verdicts);
- the harness's code, the SQLite library and Python (``template_keys.reader_code_digest``);
- the project's code: every module under the rootdir the run had imported by the end of
  collection (conftest.py files, the test modules, what they import), the chain's
  migration files excepted (a test module may import one: it is keyed per version), and
  those a check imported as it ran (kept with its verdict: ``verdict_imports``);
- the migrations folder's other files (a data file a migration reads), its schema
  snapshots aside;
- the harness's options, the ini file and ``-o`` values, the pyproject's
  ``[tool.edi-migrations]`` (the app's ``connect``), the seed and the SQLite floor;
- the environment variables the migrations (and the modules of the project they import)
  name (``environment_reads``), and the modules from outside the project they import, by
  version (``outside_imports``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

import pytest

# environment_reads and lazy_imports at once: imported between two of collection's end's
# questions of sys.modules, they would make the second look at every module again
from edi_migrations.harness import environment_reads, lazy_imports, matrix, template_keys
from edi_migrations.harness.cache_dirs import cache_folder
from edi_migrations.harness.paths import Start, UpgradePath
from edi_migrations.harness.source_reads import SourceReads
from edi_migrations.runner.discovery import Migration

# options that choose which checks run or where their report goes, not what one finds
COLLECTED = pytest.StashKey[tuple[Path, ...]]()  # the project's modules at collection's end
LAZY = pytest.StashKey[dict[frozenset[Path], list[Path]]]()  # lazy_imports, per chain
ENVIRONMENT = pytest.StashKey[dict[frozenset[Path], tuple[str, ...]]]()  # names, per chain
OUTSIDE = pytest.StashKey[dict[frozenset[Path], str]]()  # outside_imports' digest, per chain
READS = pytest.StashKey[SourceReads]()  # what the sources name, kept by their texts
READS_NAME = "edi-migrations-source-reads"  # under .pytest_cache/d/
NOT_INPUTS = frozenset({"upgrade_path", "matrix_report", "verdicts", "keep_failed_databases"})


def reach_and_start(params: Mapping[str, object]) -> tuple[int, Start] | None:
    """(the highest version a check reaches, the start it reads) from its parameters;
    None for a check whose verdict is not kept (a schema snapshot: syrupy's to judge)."""
    path = params.get(matrix.PATH)
    if isinstance(path, UpgradePath):
        return path.target, path.start
    rerun = params.get(matrix.RERUN)
    if rerun is not None:
        _, version = rerun  # type: ignore[misc]
        return version, Start(version)
    for name in (matrix.STEP, matrix.APP_STEP):
        step = params.get(name)
        if isinstance(step, int):
            return step, Start(step - 1)
    covered = params.get(matrix.COVERED_VERSION)
    if isinstance(covered, int):
        return covered, Start(covered)
    return None


def run_inputs(config: pytest.Config, migration_files: frozenset[Path], seed: int) -> str:
    """The digest of what every check of this run shares: code, options, seed, floor."""
    return template_keys.short_digest(
        "|".join(
            (
                template_keys.reader_code_digest(),
                project_code_digest(Path(config.rootpath), migration_files),
                folder_digest(config, migration_files),
                options_digest(config),
                str(seed),
                environment_digest(config, migration_files),
                outside_digest(config, migration_files),
            )
        )
    )


def folder_digest(config: pytest.Config, migration_files: frozenset[Path]) -> str:
    """The migrations folder's other files (a data file a migration reads, a helper, a link
    to a file elsewhere: named as in the folder), by path and bytes; the chain's files are
    keyed per version, and the schema snapshots (``schema_vN.sql``, even where the
    snapshots folder is this one or above it), bytecode caches and hidden folders are no
    check's input here (a folder that is the project's root holds pytest's cache, written
    by every run, and ``.git``)."""
    from edi_migrations.harness.settings import require_migrations_dir, snapshots_dir
    from edi_migrations.harness.stale_snapshots import FILE_NAME

    folder = require_migrations_dir(config).resolve()
    snapshots = snapshots_dir(config).resolve()
    files = [
        path
        for path in folder.rglob("*")
        if not _hidden(path, folder)
        and path.is_file()
        and path.resolve() not in migration_files
        and not (path.parent.resolve() == snapshots and FILE_NAME.fullmatch(path.name))
        and "__pycache__" not in path.parts
    ]
    return template_keys.source_digest(files, root=folder)


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def project_code_digest(rootdir: Path, migration_files: frozenset[Path]) -> str:
    """Every module the run imported from under ``rootdir`` (installed packages and the
    chain's migration files, keyed per version, left out: a helper module beside them
    counts), by path and bytes."""
    return template_keys.source_digest(project_modules(rootdir, migration_files), root=rootdir)


def note_collected(session: pytest.Session) -> None:
    """At collection's end: the project's modules imported by then, the same on every
    worker and in every run (a check may import more as it runs, in any order)."""
    config = session.config
    config.stash[COLLECTED] = tuple(project_modules(Path(config.rootpath), frozenset()))


def beside_the_chain(config: pytest.Config, chain: Sequence[Migration]) -> str:
    """What a migration may read that its checksum is not of: the migrations folder's
    other files, the project's helper modules, the modules and variables they read and
    the app's ``connect`` setting (a key of whatever the harness keeps made by running
    the chain: fresh installs, stepped starts, kept jumps)."""
    files = frozenset(m.path.resolve() for m in chain)
    environment = f"{environment_digest(config, files)}.{outside_digest(config, files)}"
    code = f"{helper_code_digest(config, files)}.{settings_digest(config)}"
    return f"{folder_digest(config, files)}.{code}.{environment}"


def settings_digest(config: pytest.Config) -> str:
    """The pyproject's ``[tool.edi-migrations]``: its ``connect`` names the factory every
    step runs through (another function of the same module, or another made by one
    maker, has the same source)."""
    from edi_migrations.harness.settings import project_settings

    return template_keys.short_digest(repr(sorted(project_settings(config).items())))


def environment_digest(config: pytest.Config, migration_files: frozenset[Path]) -> str:
    """The values of the environment variables the migrations, and the project's modules
    they import, name: their sources read once a run."""
    found = config.stash.setdefault(ENVIRONMENT, {})
    if migration_files not in found:
        sources = [*migration_files, *_imported_as_run(config, migration_files)]
        reads = source_reads(config)
        found[migration_files] = environment_reads.names_read(sources, reads)
        reads.save()
    return environment_reads.environment_digest(found[migration_files])


def outside_digest(config: pytest.Config, migration_files: frozenset[Path]) -> str:
    """The versions of the modules from outside the project the migrations, and the
    project's modules they import, import: their sources read once a run."""
    from edi_migrations.harness import outside_imports

    found = config.stash.setdefault(OUTSIDE, {})
    if migration_files not in found:
        sources = [*migration_files, *_imported_as_run(config, migration_files)]
        found[migration_files] = outside_imports.digest(sources, Path(config.rootpath))
    return found[migration_files]


def helper_code_digest(config: pytest.Config, migration_files: frozenset[Path]) -> str:
    """The project's modules imported by collection's end but its tests, conftest.py
    files and migrations: the code a migration may import (``myapp/rules.py``), in no
    migration's checksum."""
    rootdir = Path(config.rootpath)
    modules = config.stash.get(COLLECTED, None)
    if modules is None:
        modules = tuple(project_modules(rootdir, migration_files))
    helpers = [
        path
        for path in {*modules, *_imported_as_run(config, migration_files)}
        if path not in migration_files
        and not path.is_relative_to(template_keys.PACKAGE)  # keyed as the harness's code
        and path.name != "conftest.py"
        and not path.name.startswith("test_")
        and not path.name.endswith("_test.py")
    ]
    return template_keys.source_digest(helpers, root=rootdir)


def _imported_as_run(config: pytest.Config, migration_files: frozenset[Path]) -> list[Path]:
    """What the migrations import inside their functions (lazy_imports), read once a run."""
    found = config.stash.setdefault(LAZY, {})
    if migration_files not in found:
        reads = source_reads(config)
        files = lazy_imports.project_files(migration_files, config.rootpath, reads)
        found[migration_files] = [f for f in files if f.is_relative_to(config.rootpath)]
        reads.save()
    return found[migration_files]


def source_reads(config: pytest.Config) -> SourceReads:
    """What the run's sources name, kept between runs by their texts' digests."""
    reads = config.stash.get(READS, None)
    if reads is None:
        reads = config.stash[READS] = SourceReads.load(cache_folder(config, READS_NAME))
    return reads


def project_modules(rootdir: Path, migration_files: frozenset[Path]) -> list[Path]:
    """The project's module files in ``sys.modules``, the chain's migration files left out."""
    return [p for p in _candidates(rootdir) if p not in migration_files and p.is_file()]


def project_file_of(module: object, rootdir: Path, migration_files: frozenset[Path]) -> Path | None:
    """The module's source file, if it is the project's (under ``rootdir``, not installed,
    not one of the chain's migration files)."""
    path = _candidate(module, rootdir)
    if path is None or path in migration_files or not path.is_file():
        return None
    return path


def _candidate(module: object, rootdir: Path) -> Path | None:
    source = getattr(module, "__file__", None)
    if not source or not source.endswith(".py"):
        return None
    return _project_file(source, rootdir)


_LAST_SCAN: dict[tuple[object, ...], list[Path]] = {}


def _candidates(rootdir: Path) -> list[Path]:
    """The modules of ``sys.modules`` under ``rootdir``, looked at once while no module
    came, went or was replaced since (its names and objects): collection's end asks three
    questions of the same modules (the modules collected, the run's project code, what
    checks import after), and each scan looked at thousands. Whether each file is still
    there is asked every time."""
    modules = list(sys.modules.items())
    key = (str(rootdir), tuple(name for name, _ in modules), tuple(id(m) for _, m in modules))
    found = _LAST_SCAN.get(key)
    if found is None:
        found = sorted({p for _, m in modules if (p := _candidate(m, rootdir)) is not None})
        _LAST_SCAN.clear()
        _LAST_SCAN[key] = found
    return found


def _project_file(source: str, rootdir: Path) -> Path | None:
    """``source`` resolved, if it is under ``rootdir`` and not an installed package's."""
    resolved, installed = _resolved(source)
    root = str(rootdir)
    if installed or not resolved.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return Path(resolved)


@cache
def _resolved(source: str) -> tuple[str, bool]:
    """A module file's real path, and whether it is an installed package's: resolved once
    per process, whatever the run's rootdir (a run holds thousands of modules, most of
    them outside it, and a suite of in-process runs has as many rootdirs as runs). Through
    its folder's real path, found once per folder: a file that is no link is where its
    folder really is (one ``lstat`` instead of one per part of the path)."""
    folder, name = os.path.split(source)
    if os.path.islink(source):
        path = Path(os.path.realpath(source))
    else:
        path = Path(_real_folder(folder), name)
    return str(path), "site-packages" in path.parts


@cache
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def options_digest(config: pytest.Config) -> str:
    """The harness's option values (those that change what a check finds), the ini
    file's bytes and the values ``-o`` gives over it, the pyproject's settings (where it
    is no ini, its ``connect`` may name another function of the same module) and the
    SQLite floor the project declares."""
    from edi_migrations.harness.pytest_options import OPTION_DESTS
    from edi_migrations.harness.settings import require_migrations_dir
    from edi_migrations.lint.run import resolve_floor

    values = [
        f"{dest}={config.getoption(dest, None)!r}"
        for dest in sorted(OPTION_DESTS)
        if dest not in NOT_INPUTS
    ]
    ini = config.inipath
    values.append(template_keys.short_digest(ini.read_bytes()) if ini and ini.is_file() else "-")
    values.append(repr(config.getoption("override_ini", None)))  # -o name=value: as the file's
    values.append(settings_digest(config))
    floor = resolve_floor(require_migrations_dir(config), config.getoption("sqlite_floor"))
    values.append(floor.text if floor else "-")
    return template_keys.short_digest("|".join(values))
