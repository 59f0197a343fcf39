"""Benchmark: the chat example's default matrix (27 migrations) with ``-n 2``. Not a test.

``tests/example_chat`` (migrations, conftest, pytest.ini) is copied into a tmp project; its
schema snapshots are written first (untimed, their own cache). Then the default matrix
is timed cold (an empty cache folder: every start database built) and warm (the same
folder again: templates and derived paths reused), one seed for both. The outcome
line is printed whatever it is: the wall time of a failing matrix is still its cost.

    python bench/bench_example_chat.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.example_chat.project import make_chat_project  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(project: Path, cache: Path, *args: str) -> tuple[float, float, str]:
    """Wall and CPU seconds of one run with ``cache`` as pytest's cache folder, and its
    summary line. CPU (user + system of the run's processes) is the figure that holds on
    a machine others share; wall is what a developer waits on an idle one."""
    command = [sys.executable, "-m", "pytest", "-q", "-o", f"cache_dir={cache}", *args]
    before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=project, capture_output=True, text=True, env=ENV, timeout=900
    )
    seconds = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    summary = lines[-1] if lines else f"exit {done.returncode}: {done.stderr[-300:]}"
    return seconds, _children_cpu() - before, summary


def cold_and_warm(make, matrix: tuple[str, ...], repeat: int) -> tuple[list, list]:
    """Each repeat: a tmp project ``make(folder)`` builds, its snapshots written (untimed),
    then the ``matrix`` run timed cold (an empty cache folder) and warm (the same again)."""
    cold, warm = [], []
    for run in range(repeat):
        with tempfile.TemporaryDirectory(prefix="edi-bench-") as tmp:
            project = Path(tmp)
            make(project)
            snap = ("-k", "test_schema_snapshot", "--snapshot-update")
            timed(project, project / "snap-cache", *matrix, *snap)
            cold.append(timed(project, project / f"cache-{run}", *matrix))
            warm.append(timed(project, project / f"cache-{run}", *matrix))
    return cold, warm


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_parser(doc: str) -> argparse.ArgumentParser:
    """A project bench's command line: ``--repeat`` and ``--seed``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    return parser


def bench_project(
    doc: str, make, label: str, cold_target: str = "", args: argparse.Namespace | None = None
) -> None:
    """A project's default matrix cold and warm (:func:`cold_and_warm`), printed as table
    rows named ``label``; ``args`` from :func:`bench_parser` (parsed here when not given)."""
    args = args or bench_parser(doc).parse_args()
    load = os.getloadavg()[0]
    matrix = ("--migrations-dir", "migrations", "-n", "2", "--migrations-seed", str(args.seed))
    cold, warm = cold_and_warm(make, matrix, args.repeat)
    print(f"load average before: {load:.1f} on {os.cpu_count()} cores")
    print("| measure | wall (median) | CPU | target |")
    print("|---|---:|---:|---:|")
    for name, runs, target in (("cold", cold, cold_target), ("warm", warm, "")):
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        print(
            f"| {label}, default matrix (-n 2), {name}: {runs[-1][2]} | "
            f"{wall:.1f} s | {cpu:.1f} s | {target} |"
        )


def main() -> None:
    bench_project(__doc__, make_chat_project, "chat example", cold_target="<= 20 s")


if __name__ == "__main__":
    main()
