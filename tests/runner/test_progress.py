"""Long migrations show progress: each step as it starts, then the time it has run."""

from __future__ import annotations

import os
import pty
import subprocess
import time

import pytest

from edi_migrations import upgrade
from edi_migrations.harness.migration_folders import append_to_function
from edi_migrations.runner import interrupt
from edi_migrations.runner.api import PROGRESS_SECONDS
from edi_migrations.runner.progress import StepDone, StepElapsed, StepStarted, describe
from tests.support import cli_command

SLOW_SQL = (  # tens of milliseconds of SQLite work, no Python in between: a step that
    # repeats it ends at most that long after its time is up
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000) "
    "SELECT count(*) FROM n"
)
# The step runs SLOW_SQL until this long has passed, however fast the machine: past one
# tick where the CLI must show one. In process, where the gap between ticks is measured,
# ticks come every SHORT_TICK_SECONDS instead, and the step lasts past two of them.
ONE_TICK_SECONDS = PROGRESS_SECONDS + 0.3
SHORT_TICK_SECONDS = 0.1
TWO_TICKS_SECONDS = 2 * SHORT_TICK_SECONDS + 0.2


def slow_step_two(migrations_copy, seconds: float):
    """Step 2 made to run SLOW_SQL for at least ``seconds``."""
    append_to_function(migrations_copy, 2, "upgrade", "import time; t0 = time.monotonic()")
    append_to_function(
        migrations_copy,
        2,
        "upgrade",
        f"while time.monotonic() - t0 < {seconds}: conn.execute({SLOW_SQL!r}).fetchone()",
    )
    return migrations_copy


def slow_upgrade_command(migrations_copy, db) -> list[str]:
    """``edi-migrate upgrade`` of ``db`` with a step long enough for one tick."""
    folder = slow_step_two(migrations_copy, ONE_TICK_SECONDS)
    return cli_command("--migrations-dir", folder, "upgrade", db, "--no-backup")


def test_progress_hands_out_each_step_started_then_elapsed_ticks_at_most_every_progress_seconds(
    migrations_copy, v1_db, monkeypatch
):
    """With PROGRESS_SECONDS made short: the same rule, in a shorter step."""
    monkeypatch.setattr(interrupt, "PROGRESS_SECONDS", SHORT_TICK_SECONDS)
    heard: list[tuple[float, object]] = []
    upgrade(
        v1_db,
        migrations_dir=slow_step_two(migrations_copy, TWO_TICKS_SECONDS),
        backup=False,
        progress=lambda event: heard.append((time.monotonic(), event)),
    )
    started = [e for _, e in heard if isinstance(e, StepStarted)]
    assert started == [
        StepStarted("upgrade", "0002_session_metrics", 1, 2),
        StepStarted("upgrade", "0003_referential_integrity", 2, 3),
    ]
    ticks = [(t, e) for t, e in heard if isinstance(e, StepElapsed)]
    assert any(e.migration == "0002_session_metrics" for _, e in ticks), heard
    # a tick belongs to the step last started (a loaded machine may slow 0003 into one too)
    for index, (_, event) in enumerate(heard):
        if isinstance(event, StepElapsed):
            last = [e for _, e in heard[:index] if isinstance(e, StepStarted)][-1]
            assert event.migration == last.migration, heard
    for migration in {e.migration for _, e in ticks}:
        times = [t for t, e in ticks if e.migration == migration]
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert all(gap >= SHORT_TICK_SECONDS for gap in gaps), (migration, gaps)


def test_each_step_done_follows_its_start_with_the_seconds_the_outcome_reports(
    migrations_copy, v1_db
):
    heard: list[object] = []
    outcome = upgrade(v1_db, migrations_dir=migrations_copy, backup=False, progress=heard.append)
    kinds = [(type(e).__name__, e.migration) for e in heard if not isinstance(e, StepElapsed)]
    assert kinds == [
        ("StepStarted", "0002_session_metrics"),
        ("StepDone", "0002_session_metrics"),
        ("StepStarted", "0003_referential_integrity"),
        ("StepDone", "0003_referential_integrity"),
    ]
    done = [e.seconds for e in heard if isinstance(e, StepDone)]
    assert done == [step.seconds for step in outcome.steps]


@pytest.mark.parametrize(
    ("event", "text"),
    [
        (StepStarted("upgrade", "0002_x", 1, 2), "upgrade 0002_x: v1 -> v2"),
        (StepStarted("downgrade", "0002_x", 2, 1), "downgrade 0002_x: v2 -> v1"),
        (StepElapsed("upgrade", "0002_x", 1, 2, 1.24), "… 1.2 s"),
        (StepDone("upgrade", "0002_x", 1, 2, 0.5), None),
    ],
)
def test_the_terminal_text_of_each_event_is_the_line_the_cli_shows(event, text):
    assert describe(event) == text


def test_the_cli_shows_progress_on_a_terminal(migrations_copy, v1_db):
    terminal, child_side = pty.openpty()
    try:
        child = subprocess.Popen(
            slow_upgrade_command(migrations_copy, v1_db),
            stdout=subprocess.DEVNULL,
            stderr=child_side,
        )
        os.close(child_side)
        shown = b""
        while chunk := _read_available(terminal):  # read as it runs: a full pty blocks it
            shown += chunk
        code = child.wait(timeout=120)
    finally:
        os.close(terminal)
    text = shown.decode()
    assert code == 0, text
    assert "upgrade 0002_session_metrics: v1 -> v2" in text
    assert "… " in text and " s" in text, text


def test_the_cli_shows_no_progress_when_stderr_is_not_a_terminal(migrations_copy, v1_db):
    """Each step shows its start line on a terminal as it begins, slow or not (the spec
    above shows one); so an ordinary upgrade is enough to show none is written here."""
    done = subprocess.run(
        cli_command("--migrations-dir", migrations_copy, "upgrade", v1_db, "--no-backup"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def _read_available(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the other side closed: all has been read
        return b""
