"""Benchmark: the default matrix of long generated chains through the plugin. Not a test.

Each chain is the example app's seven migrations grown by generated ones
(:mod:`bench.long_chain`: new tables, added columns, rebuilds with a declared constraint
change) in a tmp project of its own; its schema snapshots are written first (untimed).
Then ``python -m pytest --migrations-dir DIR -n 2`` is timed cold (an empty cache
folder: every template built) and warm after editing the last migration (a new
checksum: what depends on it is rebuilt, as in the test-first loop; a check that passed
before on inputs the edit left alone keeps its verdict), then after a second edit with
every check run (``--verdicts=run``), with the peak RSS
of the run's largest process (the controller or a worker), beside the floor of that
figure: the peak of a ``pytest -n 2`` run of as many trivial tests in a project of its
own, measured in the same run (pytest keeps every report and item: its own memory grows
with the test count). With several lengths the growth exponent k of time ~ N^k is fitted
on log(time) against log(N).

    python bench/bench_long_chain.py [--lengths 30 100 300] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_chain import write_chain  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
SEED = "1"  # cold and warm runs build the same templates
TIMEOUT = 3600  # seconds: a run past an hour is broken, not slow
# Times the command in a child of its own, so that the peak RSS is that run's alone
# (RUSAGE_CHILDREN takes the largest of every process the child waited for).
MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
result = subprocess.run(sys.argv[2:], cwd=sys.argv[1], capture_output=True, text=True)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_kb": peak, "code": result.returncode,
                  "stdout": result.stdout[-3000:]}))
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    rss_mb: float
    summary: str


def pytest_in(project: Path, *args: str) -> Run:
    command = [sys.executable, "-m", "pytest", "-q", "--migrations-seed", SEED, *args]
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(project), *command],
        capture_output=True, text=True, env=ENV, timeout=TIMEOUT, check=True,
    )
    found = json.loads(out.stdout)
    lines = found["stdout"].strip().splitlines()
    if found["code"] != 0:
        raise SystemExit(f"the chain's matrix failed ({found['code']}):\n{found['stdout']}")
    return Run(found["seconds"], found["rss_kb"] / 1024, lines[-1] if lines else "")


def measure(length: int, repeat: int) -> tuple[Run, Run, Run]:
    """(cold, warm after editing the last migration, the same warm run with every check
    run: no kept verdict), medians of ``repeat`` projects."""
    colds, warms, every = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="edi-chain-") as tmp:
            project = Path(tmp)
            folder = write_chain(project / "migrations", length)
            cache = ("-o", f"cache_dir={project / 'cache'}", "--migrations-dir", "migrations")
            pytest_in(project, *cache, "-k", "test_schema_snapshot", "--snapshot-update")
            shutil.rmtree(project / "cache", ignore_errors=True)  # cold: an empty cache
            colds.append(pytest_in(project, *cache, "-n", "2"))
            last = sorted(folder.glob("0*.py"))[-1]
            with last.open("a", encoding="utf-8") as source:
                source.write("\n# edited: a new checksum, nothing else\n")
            warms.append(pytest_in(project, *cache, "-n", "2"))
            with last.open("a", encoding="utf-8") as source:  # edited again: as fresh
                source.write("\n# edited again\n")
            every.append(pytest_in(project, *cache, "-n", "2", "--verdicts=run"))
    return _median(colds), _median(warms), _median(every)


def floor_run(tests: int) -> Run:
    """``pytest -n 2`` of ``tests`` trivial tests: what pytest and its plugins hold for a
    run of that many tests, with no migrations folder (the plugin loaded, idle)."""
    with tempfile.TemporaryDirectory(prefix="edi-floor-") as tmp:
        project = Path(tmp)
        (project / "test_floor.py").write_text(
            "import pytest\n\n\n@pytest.mark.parametrize('i', range("
            f"{tests}))\ndef test_trivial(i):\n    assert i >= 0\n"
        )
        return pytest_in(project, "-o", f"cache_dir={project / 'cache'}", "-n", "2")


def counted_tests(summary: str) -> int:
    """The tests a run's last line counts (passed, skipped, failed...)."""
    return sum(int(n) for n in re.findall(r"(\d+) (?:passed|skipped|failed|xfailed|xpassed)", summary))


def _median(runs: list[Run]) -> Run:
    seconds = statistics.median(r.seconds for r in runs)
    return Run(seconds, max(r.rss_mb for r in runs), runs[-1].summary)


def growth_exponent(lengths: list[int], seconds: list[float]) -> float:
    """k of time ~ N^k, least squares on log(time) against log(N)."""
    xs, ys = [math.log(n) for n in lengths], [math.log(s) for s in seconds]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[30])
    parser.add_argument("--length", type=int, help="one length (the old spelling)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    lengths = [args.length] if args.length else args.lengths
    print(
        "| chain | cold (-n 2) | warm, last migration edited | the same, every check run "
        "(--verdicts=run) | peak RSS | floor: as many trivial tests | tests (cold; warm) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---|")
    colds, warms = [], []
    for length in lengths:
        cold, warm, every = measure(length, args.repeat)
        colds.append(cold.seconds)
        warms.append(warm.seconds)
        rss = max(cold.rss_mb, warm.rss_mb, every.rss_mb)
        floor = floor_run(counted_tests(cold.summary))
        print(
            f"| {length} | {cold.seconds:.1f} s | {warm.seconds:.1f} s | {every.seconds:.1f} s "
            f"| {rss:.0f} MB | {floor.rss_mb:.0f} MB | {cold.summary}; {warm.summary} |",
            flush=True,
        )
    if len(lengths) > 1:
        print(
            f"\ngrowth exponent (time ~ N^k, fitted on log-log): cold k = "
            f"{growth_exponent(lengths, colds):.2f}, warm k = {growth_exponent(lengths, warms):.2f}"
        )
    print("targets: 300 migrations cold < 10 min, warm after editing the last < 30 s")


if __name__ == "__main__":
    main()
