"""All benchmarks, each against plain sqlite3 measured in the same run. Not a test.

    python -m bench                 # default sizes: 10k, 100k and 1M sessions (< 10 min)
    python -m bench --quick         # 10k and 100k only

Prints one Markdown table per benchmark; the README quotes the latest.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str) -> None:
    started = time.perf_counter()
    print(f"\n### {script} {' '.join(args)}\n", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], check=True, cwd=ROOT)
    print(f"\n({time.perf_counter() - started:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1M-session sizes")
    args = parser.parse_args()
    started = time.perf_counter()
    sizes = ["10000", "100000"] if args.quick else ["10000", "100000", "1000000"]
    for sessions in sizes:
        run("bench_fixture_generation.py", "--sessions", sessions)
    run("bench_migration.py", "--sessions", "10000", "100000", "--repeat", "3")
    if not args.quick:
        run("bench_migration.py", "--sessions", "1000000", "--repeat", "1")
    run("bench_harness.py", "--repeat", "3")
    print(f"\nall benchmarks: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
