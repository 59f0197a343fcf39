"""``python -m fixtures``: long builds show progress, and Ctrl-C leaves nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT, as_in_a_terminal

SIDECARS = ("", "-wal", "-shm", "-journal")


def fixtures_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "fixtures", *map(str, args)]


def test_progress_counts_the_sessions_written_while_a_database_is_built(tmp_path):
    out = tmp_path / "big.db"
    done = subprocess.run(
        fixtures_command("--progress", "--sessions", 5_000, out),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    ticks = [line for line in done.stderr.splitlines() if "sessions written" in line]
    assert len(ticks) >= 2, done.stderr  # the first batch, then where the build ended
    counts = [int(line.split(" of ")[0].rsplit(" ", 1)[-1].replace(",", "")) for line in ticks]
    assert counts == sorted(counts) and counts[0] < 5_000, ticks
    assert ticks[-1].startswith(f"{out}: 5,000 of 5,000 sessions written (100%)"), ticks


def test_no_progress_lines_when_stderr_is_not_a_terminal(tmp_path):
    out = tmp_path / "quiet.db"
    done = subprocess.run(
        fixtures_command("--sessions", 2_000, out),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "sessions written" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr  # the summary line only


def test_ctrl_c_stops_a_build_promptly_and_leaves_no_partial_database(tmp_path: Path):
    out = tmp_path / "interrupted.db"
    with subprocess.Popen(
        fixtures_command("--progress", "--shape", "wal", "--sessions", 5_000_000, out),
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_in_a_terminal,
    ) as child:
        assert child.stderr is not None
        for line in child.stderr:  # writing has started once the first tick is shown
            if "sessions written" in line:
                break
        child.send_signal(signal.SIGINT)
        try:
            _, rest = child.communicate(timeout=30)
        finally:
            child.kill()
        code = child.returncode
    assert code == 130, rest
    last = rest.strip().splitlines()[-1]
    assert "interrupted" in last and str(out) in last, rest
    assert not [out.name + s for s in SIDECARS if Path(f"{out}{s}").exists()]
