"""The reliability figures the README quotes. Not a test: it runs the fault tests.

Runs ``tests/reliability/test_reliability_*.py`` with ``-n 2`` and a full fault sweep (every
statement of every fault path killed with SIGKILL, and failed in process), then
prints what the tests exercised, as the issue asks:

* kill points exercised across all paths, and how many the database survived;
* errors injected in process, and how many left the database as before its step;
* writes the live app acknowledged while migrations ran, and how many were lost;
* bad inputs tried, and how many left the file byte-identical.

    python bench/reliability_figures.py [--sweep sample|full] [--edi-seed N]

A survivor count below the exercised count is a runner bug: the failing tests
name the statement, the path and the seed that reproduce it.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.faults.plugin import read_figures, summarise  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", choices=("sample", "full"), default="full")
    parser.add_argument("--edi-seed", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="edi-reliability-") as work:
        figures = Path(work) / "figures.jsonl"
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n",
            "2",
            "-p",
            "fixtures.faults.plugin",
            f"--fault-sweep={args.sweep}",
            f"--fault-figures={figures}",
            *sorted(str(f.relative_to(ROOT)) for f in ROOT.glob("tests/reliability/test_reliability_*.py")),
        ]
        seed = args.edi_seed if args.edi_seed is not None else random.randrange(2**31)
        command.append(f"--edi-seed={seed}")
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        records = read_figures(figures)
    tail = [line for line in done.stdout.splitlines() if re.search(r"\d+ (passed|failed)", line)]
    print(f"reliability figures ({args.sweep} sweep, -n 2, --edi-seed {seed})")
    for line in summarise(records):
        print(f"  {line}")
    print(f"  tests: {tail[-1].strip('= ') if tail else 'no summary: ' + done.stderr[-500:]}")
    print(f"  run time: {seconds:.0f} s")
    failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED ")]
    if failed:
        print("failing tests (each names the runner defect it shows):")
        for line in failed:
            print(f"  {line.removeprefix('FAILED ')}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
