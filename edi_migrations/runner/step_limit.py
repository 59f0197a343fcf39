"""An optional time limit on a migration's own work, for a caller that must never hang.

The runner never interrupts a user's migration: a real upgrade takes what it takes. A
test run must end, though, so the harness sets a limit (its statement budget) for every
migration it runs: one that loops forever, in Python or in SQL, fails naming itself and
the limit, rolled back, instead of hanging the run. SIGALRM stops the migration's
Python; while SQLite runs a statement, the signal is handled inside the step's progress
handler, whose exception makes SQLite abort the statement ("interrupted"), which is
then reported as the limit. Only in the main thread where SIGALRM exists (not Windows);
elsewhere nothing is limited.

A migration stopped once is given a tenth of the limit (at least a second) for the rest
of the block: one that never ends would meet the whole limit in every check that runs
it, minutes before a run reports what its first stop showed; a run of it that ends (on
other data) still ends well within the tenth.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.errors import RolledBack
from edi_migrations.runner.alarm import alarm_after, can_alarm

CUT = 0.1  # the share of the limit a migration stopped once is given afterwards
CUT_FLOOR = 1.0  # seconds: never cut below


@dataclass(frozen=True)
class Limit:
    seconds: float
    hint: str  # how to raise it, in the caller's terms
    stopped: set[str] = field(default_factory=set, compare=False)  # migrations stopped once

    def for_migration(self, migration: str) -> float:
        """The seconds ``migration`` gets: the limit, or its cut once it was stopped."""
        if migration not in self.stopped:
            return self.seconds
        return min(self.seconds, max(CUT_FLOOR, self.seconds * CUT))


_limit: list[Limit] = []


@contextmanager
def limited_to(seconds: float, hint: str) -> Iterator[None]:
    """Every migration run inside the block (by the runner, or by the harness directly)
    stops past ``seconds``."""
    _limit.append(Limit(seconds, hint))
    try:
        yield
    finally:
        _limit.pop()


class OverLimit(RolledBack):
    def __init__(
        self, path: Path | str, migration: str, from_version: int, limit: Limit, seconds: float
    ) -> None:
        self.path = path
        self.migration = migration
        self.version = from_version
        self.seconds = seconds
        self.budget = limit.seconds  # more than seconds: the cut of a migration stopped before
        ran_past = (
            f"ran past the statement budget of {seconds:g} s"
            if seconds == limit.seconds
            else f"ran past {seconds:g} s (its statement budget of {limit.seconds:g} s cut to a "
            "tenth, at least a second, after it ran past the whole of it earlier in this run)"
        )
        super().__init__(
            f"{path}: migration {migration} {ran_past} and was stopped; rolled back, "
            f"database still at v{from_version}; {limit.hint}"
        )


@contextmanager
def timed(path: Path | str, migration: str, from_version: int) -> Iterator[None]:
    """Run a migration's function inside; past the limit raise :class:`OverLimit`."""
    if not _limit or not can_alarm():
        yield
        return
    limit = _limit[-1]
    seconds = limit.for_migration(migration)
    with alarm_after(seconds) as fired:
        try:
            yield
        except BaseException as exc:
            if fired:
                limit.stopped.add(migration)
                raise OverLimit(path, migration, from_version, limit, seconds) from exc
            raise
