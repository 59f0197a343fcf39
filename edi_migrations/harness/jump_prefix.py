"""A jump's unchanged migrations, kept from the run that made the whole jump in one call.

After the last migration of a chain is edited, every start's jump to head runs again,
and on a long chain those jumps are most of a warm run: a chain of 300 runs some 45 000
migrations that did not change, on data that did not change. So a jump to version v
(from a start at least two versions below it) keeps what its runner call had made of
the start when it committed v-1, a byte copy taken between two steps, under a key of the
start's bytes, the migrations up to v-1 and the harness's code
(:class:`~edi_migrations.harness.path_cache.PathCache`). A later run whose key is the
same starts from that copy and runs the rest of the jump in one runner call: the
migrations that changed always run, and the last one always does.

What such a run no longer crosses is the call boundary before the migration that changed:
a migration that trips over what an earlier one left in the connection (a TEMP table, a
PRAGMA) only inside one call, maybe only on a later start's rows. So no copy is kept
where the connection holds such a thing then (:mod:`connection_leftovers`); the
matrix's first start (the first version, in the project's first shape) always jumps
whole, in every run; a CI run draws a new seed, hence new start bytes and keys, and
runs every jump whole; ``--cache-clear`` does too.
A failure on a path that started from a kept copy says so, in a section of its own
(:func:`attach_note`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.harness.connection_leftovers import watching
from edi_migrations.harness.db_copies import copy_database
from edi_migrations.harness.matrix import start_shapes
from edi_migrations.harness.path_cache import PathCache, StartFile
from edi_migrations.harness.paths import Start, UpgradePath
from edi_migrations.harness.start_copies import JUMPED
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.progress import Progress, ProgressEvent, StepDone

Step = Callable[[Path, int, Progress | None], None]  # path_steps.runner_step's
JUMPED_FILE = "jumped.db"
SECTION = "kept jump"  # the failure's section that says where the path started
KEPT_FROM = pytest.StashKey[int]()  # the version a test's jump started from, kept


def note_reuse(item: pytest.Item, kept_to: int) -> None:
    """The test's jump starts from a copy kept at ``kept_to`` (said if it fails)."""
    item.stash[KEPT_FROM] = kept_to


def attach_note(item: pytest.Item, report: pytest.TestReport) -> None:
    """From ``pytest_runtest_makereport``: a failed jump that started from a kept copy says
    where, and how to run it whole."""
    if report.failed and report.when == "call" and KEPT_FROM in item.stash:
        report.sections.append((SECTION, reused(item.stash[KEPT_FROM])))


def reused(kept_to: int) -> str:
    return (
        f"this jump started from v{kept_to}, as a run before had made it in one runner call "
        "with every migration up to there unchanged since (kept); "
        "--cache-clear runs the whole jump"
    )


@dataclass(frozen=True)
class JumpPrefix:
    """The start of one jump, up to the version before its target."""

    cache: PathCache
    start: StartFile
    version: int  # the jump's target - 1: where the kept copy is
    chain: Sequence[Migration]

    @property
    def key(self) -> str:
        ran = self.cache.chain_key(self.chain, self.version)
        return f"jumped-{self.start.digest}-v{self.version}-{ran}"

    def kept_copy(self) -> Path | None:
        """A private copy of the kept prefix beside the start, or None when no run kept
        this key."""
        dest = self.start.path.parent / JUMPED / self.start.path.name
        return self.cache.files(JUMPED_FILE).copy_kept(self.key, dest)

    def run_keeping(self, step: Step, db: Path, target: int) -> None:
        """``step(db, target)``, keeping a byte copy of ``db`` when the step to
        :attr:`version` has committed (the runner holds no transaction between steps),
        unless the call's connection then holds what a new one would not (a TEMP table,
        a PRAGMA: connection_leftovers), which a jump from the copy would lose."""
        store, key, version = self.cache.files(JUMPED_FILE), self.key, self.version
        with watching() as watch:

            def progress(event: ProgressEvent) -> None:
                if isinstance(event, StepDone) and event.to_version == version:
                    if not watch.left(db):
                        store.template(key, lambda path: copy_database(db, path))

            step(db, target, progress)


def first_start(config: pytest.Config) -> Start:
    """The start whose jumps always run whole: the first version, in the first shape."""
    shapes = start_shapes(config)
    return Start(1, shapes[0] if shapes else None)


def jump_prefix(
    cache: PathCache, start: StartFile, path: UpgradePath, chain: Sequence[Migration],
    config: pytest.Config,
) -> JumpPrefix | None:
    """The prefix a jump may keep or reuse: None for a walk, a single step, a fresh install
    and the matrix's first start (those always run whole)."""
    version = path.start.version
    if len(path.targets) != 1 or version == 0 or path.target - version < 2:
        return None
    if path.start == first_start(config):
        return None
    return JumpPrefix(cache, start, path.target - 1, chain)
