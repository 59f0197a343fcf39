"""Benchmark: what the harness costs a developer. Not a test.

Prints, each the median of ``--repeat`` runs:

* per-test copy: handing a test its own copy of a 1k-session template (target <= 5 ms);
* default suite: ``pytest -n 2`` wall time, cold (``-p no:cacheprovider``: every template
  built, as in a fresh clone) and warm (the templates of the run before kept in pytest's
  cache folder) (target < 45 s);
* inner loop: the paths of one new migration, ``pytest --upgrade-path '*->v4*'`` (the
  command ``edi-migrate new`` prints), on a copy of the migrations plus
  ``bench/example/0004_add_session_rating.py``: its first run (cold) and the median of the
  next ones (warm: they reuse its templates and what their paths derive from them), in
  wall and CPU seconds with the load average (target < 2 s warm), beside the floor of
  any pytest run here (one trivial test, same interpreter and plugins, measured
  interleaved with it; and the same without any installed plugin, what they cost) and
  their ratio (target <= 2.5x); then after each of
  ``--repeat`` edits of the new migration (a new checksum: what depends on it is rebuilt);
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
from edi_migrations.harness.migration_folders import copy_migrations  # noqa: E402
from edi_migrations.runner.discovery import DEFAULT_DIR  # noqa: E402
from fixtures.edi.templates import DatabaseSpec, TemplateCache, copy_database  # noqa: E402

# As on a developer's machine, Python writes its bytecode caches (pytest's rewritten test
# modules among them); a sandbox that sets PYTHONDONTWRITEBYTECODE recompiles every module
# of every run instead (1-2 s of the inner loop). And no CI variable: on CI the seed is
# fresh each run, so no template is reused (see edi_migrations.harness.seeding).
AS_DEVELOPED = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}


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
    return timed_with_cpu(command)[0]


def timed_with_cpu(command: list[str]) -> tuple[float, float]:
    """Wall seconds of the command, and the CPU seconds it used (user + system, its
    children's too): on a shared machine the CPU figure is the one that holds still."""
    started, before = time.perf_counter(), os.times()
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=AS_DEVELOPED, timeout=1800
    )
    seconds, after = time.perf_counter() - started, os.times()
    if result.returncode not in (0,):
        tail = "\n".join(result.stdout.splitlines()[-5:])
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{tail}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return seconds, cpu


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def inner_loop_folder(folder: Path) -> Path:
    versions = copy_migrations(folder / "versions", DEFAULT_DIR)
    shutil.copy(ROOT / "bench" / "example" / NEW_MIGRATION, versions)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            f"--migrations-dir={versions}",
            *LOOP_SEED,
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


def floor_run(folder: Path) -> list[str]:
    """The floor of any pytest run here: one trivial test in a folder of its own, with the
    same interpreter and installed plugins (entry points) as the inner loop."""
    floor = folder / "floor"
    floor.mkdir()
    (floor / "test_floor.py").write_text("def test_trivial():\n    assert True\n")
    # the project's addopts turn Faker's plugin off for the inner loop: here too
    command = [*INNER_LOOP, "-p", "no:faker", "--rootdir", str(floor), str(floor)]
    timed(command)  # writes its bytecode cache, as the inner loop's warm-up does
    return command


def no_plugins() -> list[str]:
    """``-p no:NAME`` for every installed pytest plugin (its ``pytest11`` entry point):
    this harness's, Hypothesis's (its summary imports Hypothesis), xdist's, syrupy's..."""
    from importlib.metadata import entry_points

    return [arg for ep in entry_points(group="pytest11") for arg in ("-p", f"no:{ep.name}")]


INNER_LOOP = [sys.executable, "-m", "pytest", "-q"]
# One seed whatever the checkout's path: the day's seed mixes the path in, so two
# checkouts timed A/B would otherwise build different data (runcost4 measured 40 543
# against 51 412 rows read, ~5 % of the loop, with no code changed).
LOOP_SEED = ("--migrations-seed", "1")
NEW_MIGRATION = "0004_add_session_rating.py"


def suite_rows(pytest: list[str], folder: Path, repeat: int) -> list[tuple[str, str, str]]:
    """The default suite cold (no cache: every template built) and warm (the cache of a
    first run kept, in a folder of its own), each the median of ``repeat`` runs."""
    cold = [timed(pytest) for _ in range(repeat)]
    kept = [c for c in pytest if c not in ("-p", "no:cacheprovider")]
    kept += ["-o", f"cache_dir={folder / 'suite-cache'}"]
    timed(kept)  # fills the cache
    warm = [timed(kept) for _ in range(repeat)]
    return [
        (
            f"default suite (-n 2), cold, median of {repeat}",
            f"{statistics.median(cold):.1f} s",
            "-",
        ),
        (
            f"default suite (-n 2), warm, median of {repeat}",
            f"{statistics.median(warm):.1f} s",
            "< 45 s",
        ),
    ]


SWEEP_FILES = ("tests/reliability/test_reliability_kill.py", "tests/reliability/test_reliability_exceptions.py")


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
        # the command edi-migrate new prints: one process, pytest's cache on (its own
        # folder here, so the first run is cold whatever ran before)
        loop = [
            *INNER_LOOP,
            "-o",
            f"cache_dir={folder / 'cache'}",
            f"--migrations-dir={versions}",
            *LOOP_SEED,
            "--upgrade-path",
            "*->v4*",
        ]
        cold = timed(loop)
        floor_command = floor_run(folder)
        bare_command = [*floor_command, *no_plugins()]
        warm, floors, bare, kept = [], [], [], []
        for _ in range(args.repeat):  # interleaved: the same load on both
            # every check run: a kept verdict (nothing edited) would run none of them
            warm.append(timed_with_cpu([*loop, "--verdicts=run"]))
            floors.append(timed_with_cpu(floor_command))
            bare.append(timed_with_cpu(bare_command))
            kept.append(timed_with_cpu(loop))
        rows.append(("inner loop, first run (builds its templates)", f"{cold:.1f} s", "-"))
        label = f"inner loop, warm, every check run (median of {len(warm)}; CPU s; {load()})"
        wall, cpu = (statistics.median(w[i] for w in warm) for i in (0, 1))
        rows.append((label, f"{wall:.2f} s (CPU {cpu:.2f} s)", "< 2 s"))
        label = "inner loop, warm, nothing edited: every verdict kept (the default off CI)"
        kept_wall, kept_cpu = (statistics.median(k[i] for k in kept) for i in (0, 1))
        rows.append((label, f"{kept_wall:.2f} s (CPU {kept_cpu:.2f} s)", "-"))
        floor_wall, floor_cpu = (statistics.median(f[i] for f in floors) for i in (0, 1))
        label = f"floor: pytest of one trivial test, same environment (median of {len(floors)})"
        rows.append((label, f"{floor_wall:.2f} s (CPU {floor_cpu:.2f} s)", "-"))
        label = "floor without the installed plugins (what they cost every pytest run)"
        bare_wall, bare_cpu = (statistics.median(b[i] for b in bare) for i in (0, 1))
        rows.append((label, f"{bare_wall:.2f} s (CPU {bare_cpu:.2f} s)", "-"))
        ratio = f"{wall / floor_wall:.1f}x (CPU {cpu / floor_cpu:.1f}x)"
        rows.append(("inner loop warm / floor, measured in this run", ratio, "<= 2.5x"))
        edited = []
        for n in range(args.repeat):  # as a developer saves the migration between runs
            with (versions / NEW_MIGRATION).open("a") as source:
                source.write(f"\n# edit {n}: a new checksum, nothing else\n")
            edited.append(timed_with_cpu(loop))
        label = f"inner loop, after each edit of the new migration (median of {len(edited)}; CPU s)"
        wall, cpu = (statistics.median(w[i] for w in edited) for i in (0, 1))
        rows.append((label, f"{wall:.2f} s (CPU {cpu:.2f} s)", "-"))
        if not args.skip_suite:
            rows += suite_rows(pytest, folder, args.suite_repeat or args.repeat)
    if args.fault_sweep:
        sweep = timed([*pytest, "--fault-sweep=full", *SWEEP_FILES])
        rows.append(("full kill-point sweep (-n 2)", f"{sweep:.1f} s", "-"))
    print("| measure | median | target |")
    print("|---|---:|---:|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")


if __name__ == "__main__":
    main()
