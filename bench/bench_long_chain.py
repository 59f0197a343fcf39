"""Benchmark: the default matrix of a 30-migration chain through the plugin. Not a test.

The chain is the example app's seven migrations grown by generated ones
(:mod:`bench.long_chain`: new tables, added columns, rebuilds with a declared constraint
change) in a tmp project of its own; its schema snapshots are written first (untimed),
then ``python -m pytest --migrations-dir DIR -n 2 -p no:cacheprovider`` is timed, each
run from nothing (target < 120 s on 2 cores).

    python bench/bench_long_chain.py [--length 30] [--repeat 1]
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

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def pytest_in(project: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=ENV)


def timed_matrix(project: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = pytest_in(project, "--migrations-dir", "migrations", "-n", "2")
    seconds = time.perf_counter() - started
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    if result.returncode != 0:
        raise SystemExit(
            f"the chain's matrix failed ({result.returncode}):\n{result.stdout[-3000:]}"
        )
    return seconds, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="edi-chain-") as tmp:
        project = Path(tmp)
        write_chain(project / "migrations", args.length)
        snap = ("--migrations-dir", "migrations", "-k", "test_schema_snapshot", "--snapshot-update")
        pytest_in(project, *snap).check_returncode()
        runs = [timed_matrix(project) for _ in range(args.repeat)]
    seconds = statistics.median(r[0] for r in runs)
    print("| measure | median | target |")
    print("|---|---:|---:|")
    label = f"{args.length}-migration chain, default matrix (-n 2), {runs[-1][1]}"
    print(f"| {label} | {seconds:.1f} s | < 120 s |")


if __name__ == "__main__":
    main()
