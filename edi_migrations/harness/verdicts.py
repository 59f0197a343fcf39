"""Kept verdicts: a built-in check that passed is not run again on the same inputs.

After an edit of the last migration of a long chain, most checks of the matrix read
nothing that changed: the steps, lint, round trips and re-runs below it. Each passing
check keeps its verdict in pytest's cache under a key of every input it read
(:mod:`edi_migrations.harness.verdict_inputs`); a later run finding the key reports the
check as skipped, saying when it passed, and counts such checks at the end, so a kept
verdict never reads as a check that ran. A failure keeps nothing: it runs again. A
check's report properties (its lint findings, coverage, notes) are kept with it, so the
matrix report is whole either way; its cell reads ``kept``. Whether verdicts are reused
is :mod:`edi_migrations.harness.verdict_setting`'s (never on CI by default).
"""

from __future__ import annotations

import os
import pickle
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.errors import MigrationError
from edi_migrations.harness import (
    copy_digests,
    seeding,
    settings,
    template_keys,
    verdict_imports,
    verdict_setting,
)
from edi_migrations.harness.cache_dirs import cache_folder
from edi_migrations.harness.collect import BUILTIN
from edi_migrations.harness.paths import Start
from edi_migrations.harness.template_store import TemplateStore, evict
from edi_migrations.harness.verdict_inputs import reach_and_start, run_inputs
from edi_migrations.runner.discovery import load_migrations

CACHE_NAME = "edi-migrations-verdicts"  # under .pytest_cache/d/
VERDICT_FILE = "verdict.pickle"
KEPT_KEY = "edi-migrations-kept-verdict"  # a report property: the check was not run
START_FIXTURE = "edi_migrations_start_database"
RUN = pytest.StashKey["RunVerdicts"]()
PENDING = pytest.StashKey[tuple[str, int]]()  # (key, properties the check had before)


@dataclass(frozen=True)
class Kept:
    """What a passing check leaves: when it passed, the properties it reported, and the
    project modules imported after collection (by rootdir-relative path) with their bytes."""

    passed_at: float
    properties: tuple[tuple[str, object], ...]
    imported: tuple[str, ...] = ()
    imported_digest: str = ""


@dataclass(frozen=True)
class RunVerdicts:
    """This run's store of verdicts and the digest of the inputs all checks share."""

    store: TemplateStore
    shared: str
    chains: tuple[str, ...]  # the chain's digest up to each version (index: version)
    reusing: bool  # kept verdicts are taken (else only kept, for a later run)
    imports: verdict_imports.Imports  # the project modules collection had imported


def note_run(session: pytest.Session) -> None:
    """After collection (so the project's imported modules are the collection's, the
    same on every worker and every run): the inputs every check of the run shares."""
    config = session.config
    if not (settings.active(config) and verdict_setting.keeping(config)):
        return
    folder = settings.require_migrations_dir(config)
    try:
        chain = load_migrations(folder)
    except MigrationError:
        return  # the collection reports the folder; this run keeps no verdict
    root = cache_folder(config, CACHE_NAME)
    if root is None:
        return  # a cache that cannot be written: nothing is kept
    files = frozenset(m.path.resolve() for m in chain)
    shared = run_inputs(config, files, seeding.run_seed(config))
    chains = tuple(template_keys.chain_digest(chain, v) for v in range(len(chain) + 1))
    store = TemplateStore(root, None, VERDICT_FILE)
    imports = verdict_imports.collected_imports(Path(config.rootpath), files)
    reusing = verdict_setting.reusing(config)
    config.stash[RUN] = RunVerdicts(store, shared, chains, reusing, imports)


def before_call(item: pytest.Item) -> None:
    """Before a built-in check runs: skip it, saying why, where its verdict is kept;
    else note its key, for :func:`after_call` to keep its verdict if it passes. The
    plugin's own starts are known by their template's key; a project's provider is
    known by the bytes it gives the check's first call for its start (never called
    once more: a provider need not allow that)."""
    run = item.config.stash.get(RUN, None)
    found = _reach_and_start(item) if run is not None else None
    if run is None or found is None:
        return
    reach, start = found
    build = item.funcargs[START_FIXTURE]  # type: ignore[attr-defined]
    start_key = getattr(build, "start_key", None)
    if start_key is not None:
        _decide(run, item, reach, start_key(start))
        return

    def decide_on_first(wanted: Start) -> Path:
        path = build(wanted)
        if wanted == start and PENDING not in item.stash:
            _decide(run, item, reach, copy_digests.digest(path))
        return path

    item.funcargs[START_FIXTURE] = decide_on_first  # type: ignore[attr-defined]


def _decide(run: RunVerdicts, item: pytest.Item, reach: int, started: str) -> None:
    parts = (item.nodeid, run.shared, run.chains[reach], started)
    key = f"verdict-{template_keys.short_digest(chr(0).join(parts))}"
    if run.reusing:
        kept = _read(run.store, key, run.imports.rootdir)
        if kept is not None:
            item.user_properties.extend([*kept.properties, (KEPT_KEY, kept.passed_at)])
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(kept.passed_at))
            pytest.skip(
                f"kept verdict: passed on {when} with the same inputs (its start, the "
                f"migrations up to v{reach}, the code and options); "
                f"{verdict_setting.RUN_ALL_HINT}"
            )
    item.stash[PENDING] = (key, len(item.user_properties))


def after_call(item: pytest.Item, report: pytest.TestReport) -> None:
    """From ``pytest_runtest_makereport``: keep a passing check's verdict."""
    run = item.config.stash.get(RUN, None)
    pending = item.stash.get(PENDING, None)
    if run is None or pending is None or report.when != "call" or not report.passed:
        return
    key, before = pending
    names = run.imports.since_collection()
    read = verdict_imports.digest(run.imports.rootdir, names) if names else ""
    kept = Kept(time.time(), tuple(item.user_properties[before:]), names, read)
    run.store.template(key, lambda path: path.write_bytes(pickle.dumps(kept, protocol=5)))


def evict_old(config: pytest.Config, run_started: float) -> None:
    """At the session's end, on the controller: verdicts of keys no longer used go."""
    root = cache_folder(config, CACHE_NAME)
    if root is not None:
        evict(root, run_started)


def _reach_and_start(item: pytest.Item) -> tuple[int, Start] | None:
    """For a built-in check (the plugin's function itself, wherever collected; a
    project's test of the same name has inputs of its own), what it reaches."""
    callspec = getattr(item, "callspec", None)
    if getattr(item, "function", None) not in BUILTIN or callspec is None:
        return None
    if START_FIXTURE not in getattr(item, "funcargs", {}):
        return None
    return reach_and_start(callspec.params)


def _read(store: TemplateStore, key: str, rootdir: Path) -> Kept | None:
    """The verdict kept under ``key``; None where none is, or where what is there cannot
    be read as one (cut short, written by something else) or a module the check
    imported as it ran has other bytes now: that entry is removed, and the check runs
    and keeps its verdict again."""
    path = store.root / key / VERDICT_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        kept = pickle.loads(data)  # noqa: S301 - written by this harness under this key
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        kept = None
    if not isinstance(kept, Kept) or (
        kept.imported and verdict_imports.digest(rootdir, kept.imported) != kept.imported_digest
    ):
        shutil.rmtree(path.parent, ignore_errors=True)
        return None
    os.utime(path.parent)  # used: eviction keeps it
    return kept


def was_kept(report: pytest.TestReport) -> bool:
    """Whether the report is of a check skipped for a kept verdict (not run)."""
    return report.skipped and any(k == KEPT_KEY for k, _ in report.user_properties)


class KeptCounter:
    """On the controller (or a run without xdist): how many checks kept a verdict."""

    def __init__(self) -> None:
        self.kept = 0

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if was_kept(report):
            self.kept += 1

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if self.kept:
            terminalreporter.write_line(
                f"edi-migrations: {self.kept} checks kept the verdict of an earlier run on "
                f"the same inputs and were not run again ({verdict_setting.RUN_ALL_HINT})"
            )
