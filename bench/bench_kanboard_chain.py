"""Benchmark: Kanboard's ported chain (71 migrations), its default matrix with ``-n 2``. Not a test.

``tests/kanboard_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its outcome line
counts upstream's two findings (the ``comments`` rebuild of version 11 leaving users that
do not exist, the UNIQUE index of version 27 over duplicated usernames) as failures:
every path from a start holding comments (v8-v10) or repeated usernames, and their
atomicity, lint and previous-app checks.

    python bench/bench_kanboard_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import cold_and_warm  # noqa: E402
from tests.kanboard_app.project import make_kanboard_project  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    matrix = ("--migrations-dir", "migrations", "-n", "2", "--migrations-seed", str(args.seed))
    cold, warm = cold_and_warm(make_kanboard_project, matrix, args.repeat)
    print(f"load average before: {load:.1f} on {os.cpu_count()} cores")
    print("| measure | wall (median) | CPU |")
    print("|---|---:|---:|")
    for name, runs in (("cold", cold), ("warm", warm)):
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(
            f"| Kanboard v1-v71, default matrix (-n 2), {name}: {runs[-1][2]} | "
            f"{wall:.1f} s | {cpu:.1f} s |"
        )


if __name__ == "__main__":
    main()
