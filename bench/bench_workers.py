"""Benchmark: a project's matrix serial against ``-n 2``, by chain length. Not a test.

Starting two xdist workers costs each an interpreter, the plugin's imports and its own
session fixtures (fresh installs, the chain loaded): on a small chain that is more than
the work it shares out. For each length the chain (:mod:`bench.long_chain`: the example
app's seven migrations, grown by generated ones) is set up in a tmp project, its
snapshots written and its templates built (untimed), then ``python -m pytest
--migrations-dir migrations`` is timed warm, as a developer's next run is: serial (``-p
no:xdist``) and with ``-n 2``, alternately, median of ``--repeat``.

    python bench/bench_workers.py [--lengths 7 15 30] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_chain import write_chain  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
MODES = {"serial": ("-p", "no:xdist"), "-n 2": ("-n", "2")}
TIMEOUT = 900  # seconds; a run that hangs stops the bench instead


def pytest_in(project: Path, *args: str) -> tuple[float, str]:
    """Seconds of one run, and its summary line (a failing run stops the bench)."""
    command = [sys.executable, "-m", "pytest", "-q", "--migrations-dir", "migrations", *args]
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=project, capture_output=True, text=True, env=ENV, timeout=TIMEOUT
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout[-3000:]}")
    return seconds, done.stdout.strip().splitlines()[-1]


def measure(length: int, repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="edi-workers-") as tmp:
        project = Path(tmp)
        write_chain(project / "migrations", length)
        (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # its own root
        pytest_in(project, "-p", "no:xdist", "--snapshot-update")  # templates, snapshots
        times: dict[str, list[float]] = {mode: [] for mode in MODES}
        summary = ""
        for _ in range(repeat):
            for mode, args in MODES.items():
                seconds, summary = pytest_in(project, *args)
                times[mode].append(seconds)
    tests = summary.split(" passed")[0].split()[-1]
    return {"length": length, "tests": tests, **{m: statistics.median(t) for m, t in times.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[7, 15, 30])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"warm runs, median of {args.repeat}, {os.cpu_count()} cores")
    print("| chain | tests | serial | -n 2 | faster |")
    print("|---:|---:|---:|---:|---|")
    for length in args.lengths:
        row = measure(length, args.repeat)
        serial, workers = row["serial"], row["-n 2"]
        faster = "serial" if serial <= workers else "-n 2"
        print(
            f"| {length} migrations | {row['tests']} | {serial:.1f} s | {workers:.1f} s | {faster} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
