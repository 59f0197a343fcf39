"""The EDI app stays open while its database is migrated: nothing it wrote is lost.

Each scenario runs the real ``edi-migrate upgrade`` while other processes use the
database: a writer adding sessions (acknowledged only once committed) and a reader
holding a read transaction. The migration waits up to ``--busy-timeout`` for the
locks it needs and then either succeeds or fails with one line, the database at
its old version; either way every session the app acknowledged is there afterwards.
"""

from __future__ import annotations

import re
import time
from contextlib import ExitStack
from dataclasses import dataclass

import pytest

from edi_migrations import MigrationError, current_version, upgrade
from edi_migrations.runner.progress import ProgressEvent, StepStarted
from fixtures.faults.apps import Reader, Writer, missing_sessions
from fixtures.faults.os_limits import holding_lock
from tests.support import run_cli


@dataclass(frozen=True)
class Scenario:
    shape: str
    reader_holds: float | None  # seconds the reader keeps its transaction, None: no reader
    # (OUTLASTS: until the migration has returned, however long it took to give up)
    writer: bool
    busy_timeout: float
    outcome: str  # "succeeds" or "fails"


OUTLASTS = float("inf")

SCENARIOS = {
    # WAL: readers never block the migration; it waits only for the writer's short writes
    "wal-reader-and-writer": Scenario("wal", 1.0, True, 5.0, "succeeds"),
    # rollback journal: the migration's COMMIT waits for the reader, which ends in time
    "rollback-reader-ends-in-time-and-writer": Scenario("versioned", 0.4, True, 5.0, "succeeds"),
    # rollback journal: the reader outlasts the timeout, so the COMMIT cannot happen
    # (the reader holds until the migration has returned: any timeout is outlasted)
    "rollback-reader-outlasts-timeout": Scenario("versioned", OUTLASTS, False, 0.1, "fails"),
    # ... and the writer, queued behind the reader, keeps even readers out meanwhile
    "rollback-reader-outlasts-timeout-and-writer": Scenario(
        "versioned", OUTLASTS, True, 0.1, "fails"
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_a_migration_beside_the_live_app_loses_none_of_its_writes(
    scenario, v1_database, tmp_path, fault_figures, request
):
    db = v1_database(shape=scenario.shape, sessions=100)
    writer = Writer(db, tmp_path / "writer") if scenario.writer else None
    reader = None
    try:
        if writer is not None:
            writer.wait_for(10)
        if scenario.reader_holds is not None:
            reader = Reader(db, tmp_path / "reader", scenario.reader_holds)
            reader.wait_until_reading()
        started = time.time()
        result = run_cli(
            "--busy-timeout",
            scenario.busy_timeout,
            "upgrade",
            db,
            "--backup-dir",
            tmp_path,
        )
        ended = time.time()
        if reader is not None:  # the writer may be queued behind it: let it go first
            reader.finish()
            reader = None
        if writer is not None:
            writer.wait_for(len(writer.acknowledged()) + 10)  # it still writes afterwards
    finally:
        acks = writer.stop() if writer is not None else []
        if reader is not None:
            reader.finish()
    lost = missing_sessions(db, acks)
    line = result.stderr.strip()
    expected = (
        result.returncode == 0 and current_version(db) == 3
        if scenario.outcome == "succeeds"
        else result.returncode == 1
        and len(line.splitlines()) == 1
        and "locked" in line
        and "integrity_check" not in line
        and current_version(db) == 1
    )
    fault_figures.record(
        "live-app",
        scenario=request.node.callspec.id,
        acknowledged=len(acks),
        during=sum(started <= ack.at <= ended for ack in acks),
        lost=len(lost),
        expected=expected,
    )
    assert not lost, f"{len(lost)} of {len(acks)} acknowledged sessions lost: {lost[:5]}"
    if scenario.outcome == "succeeds":
        assert result.returncode == 0, result.stderr
        assert current_version(db) == 3
    else:
        assert result.returncode == 1 and len(line.splitlines()) == 1, result.stderr
        assert "locked" in line and str(db) in line
        assert "integrity_check" not in line, f"a locked database reported as corrupt: {line}"
        assert "still at v1" in line or "nothing changed" in line
        assert ended - started >= scenario.busy_timeout, "it did not wait for the lock"
        assert current_version(db) == 1


def test_a_lock_taken_between_two_steps_is_reported_with_the_version_reached(v1_database, tmp_path):
    """The app takes the write lock after 0002 committed and before 0003 begins: the
    migration must say the database is now at v2, not that nothing changed."""
    db = v1_database(shape="versioned", sessions=60)
    with ExitStack() as stack:

        def progress(event: ProgressEvent) -> None:
            if isinstance(event, StepStarted) and event.migration.startswith("0003"):
                stack.enter_context(holding_lock(db, "reserved"))

        with pytest.raises(MigrationError) as refused:
            upgrade(db, backup=False, busy_timeout=0.2, progress=progress)
    message = str(refused.value).replace(str(db), "DB")
    assert current_version(db) == 2
    assert "locked" in message
    assert "nothing changed" not in message, f"0002 was committed, yet: {message}"
    assert re.search(r"\bv2\b", message), f"the version reached is not named: {message}"
