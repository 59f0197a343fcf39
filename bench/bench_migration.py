"""Benchmark: v1 -> head on synthetic databases, against plain sqlite3 doing the same work.

Not a test. For each size it builds a v1 database with the fixture generator
(``python -m fixtures``), then, each in a fresh subprocess on a fresh copy:

* floor:  the migrations' own ``upgrade(conn)`` functions run back to back in one
          transaction on a plain ``sqlite3`` connection (no runner, no backup, no checks);
* runner: ``edi_migrations.upgrade`` with its defaults (backup, integrity check,
          detection, foreign-key checks, bookkeeping).

It prints the median of ``--repeat`` runs, the ratio runner/floor, the median of the
ratios of each back-to-back pair (less swayed by a machine whose speed drifts), each
step's share and the peak RSS of each child. Usage:

    python bench/bench_migration.py --sessions 10000 100000 1000000 --repeat 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import ROOT, child  # noqa: E402

FLOOR = """
import json, resource, sqlite3, sys, time
from edi_migrations import load_migrations
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA foreign_keys = OFF")
start = time.perf_counter()
conn.execute("BEGIN")
for m in load_migrations()[1:]:
    m.upgrade(conn)
conn.execute("COMMIT")
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

RUNNER = """
import json, resource, sys, time
from edi_migrations import upgrade
from edi_migrations.runner.progress import describe
start = time.perf_counter()
tty = sys.stderr.isatty()
def show(event):
    text = describe(event)
    if text is not None:
        print(f"\\r  {text}\\x1b[K", end="", file=sys.stderr, flush=True)
show = show if tty else None
outcome = upgrade(sys.argv[1], backup_dir=sys.argv[2], progress=show)
if tty:
    print(file=sys.stderr)
seconds = time.perf_counter() - start
steps = {s.migration: s.seconds for s in outcome.steps}
print(json.dumps({"seconds": seconds, "steps": steps,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build(sessions: int, folder: Path, seed: int, reuse: Path | None) -> Path:
    path = folder / f"v1-{sessions}.db"
    kept = reuse / path.name if reuse else None
    if kept and kept.exists():  # the generation bench's own database: no second build
        print(f"  reusing {kept} ({kept.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
        return kept
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "fixtures",
            "--shape",
            "versioned",
            "--sessions",
            str(sessions),
            "--seed",
            str(seed),
            str(path),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,  # stderr stays the bench's: progress on a terminal
    )
    print(
        f"  built {sessions} sessions in {time.perf_counter() - started:.1f} s "
        f"({path.stat().st_size / 1e6:.0f} MB)",
        file=sys.stderr,
    )
    return path


def measure(template: Path, folder: Path, repeat: int) -> dict:
    floors, runs, steps, rss = [], [], {}, {"floor": 0.0, "runner": 0.0}
    for n in range(repeat):
        copy = folder / f"copy-{n}.db"
        shutil.copyfile(template, copy)
        floor = child(FLOOR, str(copy))
        floors.append(floor["seconds"])
        rss["floor"] = max(rss["floor"], floor["rss_mb"])
        shutil.copyfile(template, copy)
        backups = folder / f"backups-{n}"
        backups.mkdir()
        run = child(RUNNER, str(copy), str(backups))
        runs.append(run["seconds"])
        rss["runner"] = max(rss["runner"], run["rss_mb"])
        for name, seconds in run["steps"].items():
            steps.setdefault(name, []).append(seconds)
        shutil.rmtree(backups)
        copy.unlink()
    runner = statistics.median(runs)
    step_medians = {k: statistics.median(v) for k, v in steps.items()}
    return {
        "floor": statistics.median(floors),
        "runner": runner,
        "steps": step_medians,
        "overhead": runner - sum(step_medians.values()),
        "paired": statistics.median(r / f for f, r in zip(floors, runs, strict=True)),
        "rss": rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--reuse-dir", type=Path, help="take v1-SESSIONS.db from there when it exists"
    )
    args = parser.parse_args()
    print(
        "| sessions | floor s | runner s | ratio | paired ratio | "
        + "backup+checks | steps (share of runner) | peak RSS floor/runner MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---|---:|")
    for sessions in args.sessions:
        with tempfile.TemporaryDirectory(prefix="edi-bench-") as tmp:
            folder = Path(tmp)
            template = build(sessions, folder, args.seed, args.reuse_dir)
            r = measure(template, folder, args.repeat)
        shares = ", ".join(
            f"{name.split('_', 1)[0]} {100 * s / r['runner']:.0f}%"
            for name, s in r["steps"].items()
        )
        print(
            f"| {sessions:,} | {r['floor']:.2f} | {r['runner']:.2f} | {r['runner'] / r['floor']:.2f}x | "
            f"{r['paired']:.2f}x | "
            f"{100 * r['overhead'] / r['runner']:.0f}% | {shares} | "
            f"{r['rss']['floor']:.0f} / {r['rss']['runner']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
