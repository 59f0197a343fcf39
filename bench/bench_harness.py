"""Benchmark: what the harness costs a developer. Not a test.

Prints, each the median of ``--repeat`` runs:

* per-test copy: handing a test its own copy of a 1k-session template (target <= 5 ms);
* default suite: ``pytest -n 2`` wall time (target < 60 s);
* inner loop: the paths of one new migration, ``pytest --upgrade-path '*->v4*'``,
  on a copy of the migrations plus ``bench/example/0004_add_session_rating.py``
  (target < 5 s);
* fault sweep (with ``--fault-sweep``): the kill and error sweeps of
  ``pytest -n 2 --fault-sweep=full``, timed once (about 6 minutes).

    python bench/bench_harness.py [--repeat 3] [--skip-suite] [--fault-sweep]

The timed pytest runs write bytecode caches, as a developer's Python does, whatever
``PYTHONDONTWRITEBYTECODE`` says; a warm-up run comes first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edi_migrations import init  # noqa: E402
from edi_migrations.discovery import DEFAULT_DIR  # noqa: E402
from edi_migrations.harness.migration_folders import copy_migrations  # noqa: E402
from fixtures.templates import DatabaseSpec, TemplateCache, copy_database  # noqa: E402

# As on a developer's machine, Python writes its bytecode caches (pytest's rewritten test
# modules among them); a sandbox that sets PYTHONDONTWRITEBYTECODE recompiles every module
# of every run instead (1-2 s of the inner loop).
AS_DEVELOPED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def per_test_copy(folder: Path, copies: int = 200) -> float:
    source = TemplateCache(folder / "templates").template(DatabaseSpec("versioned", 1000, 1))
    times = []
    for n in range(copies):
        started = time.perf_counter()
        copy = copy_database(source, folder / f"copy-{n}.db")
        times.append(time.perf_counter() - started)
        copy.unlink()  # as a test's tmp_path would be: keep the page cache realistic
    return statistics.median(times) * 1000


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=AS_DEVELOPED)
    seconds = time.perf_counter() - started
    if result.returncode not in (0,):
        tail = "\n".join(result.stdout.splitlines()[-5:])
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{tail}")
    return seconds


def inner_loop_folder(folder: Path) -> Path:
    versions = copy_migrations(folder / "versions", DEFAULT_DIR)
    shutil.copy(ROOT / "bench" / "example" / "0004_add_session_rating.py", versions)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            f"--migrations-dir={versions}",
            "--upgrade-path",
            "schema->v4",
            "--snapshot-update",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=AS_DEVELOPED,  # also the warm-up: it writes the bytecode caches
    )
    init(folder / "warm.db", migrations_dir=versions)  # import the new migration once
    return versions


SWEEP_FILES = ("tests/test_reliability_kill.py", "tests/test_reliability_exceptions.py")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-suite", action="store_true", help="skip the default-suite timing")
    parser.add_argument("--suite-repeat", type=int, help="default-suite runs (default: --repeat)")
    parser.add_argument("--fault-sweep", action="store_true", help="time the full fault sweep")
    args = parser.parse_args()
    pytest = [sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="edi-harness-") as tmp:
        folder = Path(tmp)
        rows.append(
            ("per-test copy of a 1k-session template", f"{per_test_copy(folder):.2f} ms", "<= 5 ms")
        )
        versions = inner_loop_folder(folder)
        # one process: -n 2 is no quicker here (each worker builds its own templates)
        serial = [c for c in pytest if c not in ("-n", "2")]
        inner = [
            timed([*serial, f"--migrations-dir={versions}", "--upgrade-path", "*->v4*"])
            for _ in range(args.repeat)
        ]
        median = f"{statistics.median(inner):.1f} s"
        rows.append(("inner loop: one new migration's paths", median, "< 5 s"))
    if not args.skip_suite:
        suite = [timed(pytest) for _ in range(args.suite_repeat or args.repeat)]
        label = f"default suite (-n 2), {len(suite)} run(s)"
        rows.append((label, f"{statistics.median(suite):.1f} s", "< 60 s"))
    if args.fault_sweep:
        sweep = timed([*pytest, "--fault-sweep=full", *SWEEP_FILES])
        rows.append(("full kill-point sweep (-n 2)", f"{sweep:.1f} s", "-"))
    print("| measure | median | target |")
    print("|---|---:|---:|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")


if __name__ == "__main__":
    main()
