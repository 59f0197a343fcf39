"""Schema snapshots of versions the chain no longer has: reported by every run, removed
only by an unfiltered ``--snapshot-update``.

A reviewed ``schema_vN.sql`` is the record of version N, whatever a run selected: syrupy's
own cleanup (which deletes each snapshot a run did not use) is kept off the folder
(:class:`~edi_migrations.harness.snapshots.SchemaSnapshotExtension`), so nothing but this
module removes a snapshot, and only one of a version above the chain's head, and only
when the run checked every version's snapshot and narrowed nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.harness import settings

SNAPSHOT_KEY = "edi_schema_snapshot"  # user_properties: the version whose snapshot passed
FILE_NAME = re.compile(r"schema_v(\d+)\.sql")
NARROWING = (  # (option dest, how the command line says it)
    ("keyword", "-k"),
    ("markexpr", "-m"),
    ("upgrade_path", "--upgrade-path"),
    ("lf", "--lf"),
    ("stepwise", "--sw"),
    ("deselect", "--deselect"),
)


@dataclass(frozen=True)
class Stale:
    """A snapshot file whose version the chain does not have."""

    path: Path
    version: int


def stale_snapshots(folder: Path, head: int) -> tuple[Stale, ...]:
    """The ``schema_vN.sql`` files of ``folder`` whose N is not one of v1..v``head``."""
    if not folder.is_dir():
        return ()
    found = []
    for path in sorted(folder.iterdir()):
        match = FILE_NAME.fullmatch(path.name)
        if match and not 1 <= int(match[1]) <= head:
            found.append(Stale(path, int(match[1])))
    return tuple(found)


def narrowed_by(config: pytest.Config) -> str | None:
    """The option (or node id) that narrowed this run's selection, or None."""
    for dest, said in NARROWING:
        if config.getoption(dest, default=None):
            return said
    named = [arg for arg in config.args if "::" in arg]
    return f"the node id {named[0]}" if named else None


class StaleSnapshots:
    """A plugin of the controller (or of a run without xdist): gathers which versions'
    snapshots passed, removes the stale ones when that is safe, and reports them."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.passed: set[int] = set()
        self.lines: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" and report.passed:
            self.passed.update(v for k, v in report.user_properties if k == SNAPSHOT_KEY)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        from edi_migrations import load_migrations
        from edi_migrations.errors import MigrationError

        try:
            head = len(load_migrations(settings.require_migrations_dir(self.config)))
        except MigrationError:
            return  # the run's collection already said what is wrong with the folder
        stale = stale_snapshots(settings.snapshots_dir(self.config), head)
        if not stale:
            return
        narrowed = narrowed_by(self.config)
        complete = self.passed >= set(range(1, head + 1))
        if self.config.getoption("update_snapshots", default=False) and complete and not narrowed:
            for snapshot in stale:
                snapshot.path.unlink()
            self.lines = [f"removed {describe(s, head)}" for s in stale]
            return
        why = f" (this run was narrowed by {narrowed})" if narrowed else ""
        self.lines = [
            f"{describe(s, head)}: kept; an unfiltered `pytest --snapshot-update` removes it{why}"
            for s in stale
        ]

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if self.lines:
            terminalreporter.section("schema snapshots")
            for line in self.lines:
                terminalreporter.write_line(line)


def describe(stale: Stale, head: int) -> str:
    return (
        f"stale schema snapshot {stale.path.name} ({stale.path.parent}): a snapshot of "
        f"v{stale.version}, and the chain ends at v{head}"
    )
