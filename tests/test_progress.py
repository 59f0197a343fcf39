"""Long migrations show progress: each step as it starts, then the time it has run."""

from __future__ import annotations

import os
import pty
import subprocess
import time

from edi_migrations import upgrade
from edi_migrations.harness.migration_folders import append_to_function
from edi_migrations.runner import PROGRESS_SECONDS
from tests.support import cli_command

SLOW_SQL = (  # a few hundred milliseconds of SQLite work, no Python in between
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) "
    "SELECT count(*) FROM n"
)
SLOW_SECONDS = 1.5  # the step runs SLOW_SQL until this long has passed: ticks are certain


def slow_step_two(migrations_copy):
    """Step 2 made to run SLOW_SQL for at least SLOW_SECONDS, however fast the machine."""
    append_to_function(migrations_copy, 2, "upgrade", "import time; t0 = time.monotonic()")
    append_to_function(
        migrations_copy,
        2,
        "upgrade",
        f"while time.monotonic() - t0 < {SLOW_SECONDS}: conn.execute({SLOW_SQL!r}).fetchone()",
    )
    return migrations_copy


def slow_upgrade_command(migrations_copy, db) -> list[str]:
    """``edi-migrate upgrade`` of ``db`` with a step that takes about a second."""
    folder = slow_step_two(migrations_copy)
    return cli_command("--migrations-dir", folder, "upgrade", db, "--no-backup")


def test_progress_names_each_step_then_ticks_at_most_every_progress_seconds(migrations_copy, v1_db):
    heard: list[tuple[float, str]] = []
    upgrade(
        v1_db,
        migrations_dir=slow_step_two(migrations_copy),
        backup=False,
        progress=lambda message: heard.append((time.monotonic(), message)),
    )
    steps = [m for _, m in heard if not m.startswith("…")]
    assert steps == [
        "upgrade 0002_session_metrics: v1 -> v2",
        "upgrade 0003_referential_integrity: v2 -> v3",
    ]
    ticks = [t for t, m in heard if m.startswith("…")]
    assert ticks, heard
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert all(gap >= PROGRESS_SECONDS for gap in gaps), gaps


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
    done = subprocess.run(
        slow_upgrade_command(migrations_copy, v1_db),
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
