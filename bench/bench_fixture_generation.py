"""Benchmark: synthetic session generation against a plain ``executemany`` floor.

    .venv/bin/python bench/bench_fixture_generation.py [--sessions 100000] [--repeat 3]

Each measurement runs in its own subprocess, so its peak RSS (``getrusage``) is its
own. The floor inserts the very same rows (read back from the database the generate
run wrote, into tuples, before the clock starts) into the same schema (the seed's v1
tables and eight indexes) with the same pragmas and one transaction: what is left
between the two is the cost of generating rows. Generation at a tenth of the size
shows memory is flat in the number of sessions. Beside wall seconds it prints the CPU
seconds of the writer and of its forked row child, and the load average: on a shared
machine the two processes get less of it than the floor's one, so the writer's CPU
against the floor's tells what the code costs, the wall ratio what the machine gave.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fixtures.edi import legacy_sql  # noqa: E402
from fixtures.edi.sessions import (  # noqa: E402
    columns_at,
    generate_rows,
    insert_sql,
    tune_for_bulk_writes,
    write_rows,
)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _schema(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in legacy_sql.V1_SCHEMA:
        conn.execute(statement)
    tune_for_bulk_writes(conn)
    return conn


def _figures(rows: int, seconds: float, cpu: float, baseline: float) -> dict:
    """A run's figures; the row child's CPU (0 if none forked) is added on its way out."""
    return {"rows": rows, "seconds": seconds, "cpu": cpu, "baseline": baseline}


def child_generate(path: Path, sessions: int, seed: int) -> dict:
    """Stream generated rows into SQLite: the fixture suite's own path."""
    generate_rows(seed, 0)  # build the Faker pools outside the clock, as the floor does
    baseline = _peak_rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    with closing(_schema(path)) as conn:
        conn.execute("BEGIN")
        counts = write_rows(conn, generate_rows(seed, sessions), columns_at(1))
        conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    return _figures(sum(counts.values()), seconds, time.process_time() - cpu, baseline)


def child_generate_only(path: Path, sessions: int, seed: int) -> dict:
    """Generate the rows and drop them: the cost of generation alone."""
    generate_rows(seed, 0)
    baseline = _peak_rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    rows = sum(1 for _ in generate_rows(seed, sessions))
    return _figures(rows, time.perf_counter() - started, time.process_time() - cpu, baseline)


def child_floor(path: Path, sessions: int, seed: int, source: Path) -> dict:
    """The same rows as tuples made before the clock starts, then ``executemany``.

    The tuples are read back from ``source``, the database the generate run wrote:
    quicker at 1M sessions than generating them again, and the rows as SQLite stored
    them."""
    columns = columns_at(1)
    by_table: dict[str, list[tuple]] = {}
    with closing(sqlite3.connect(source)) as conn:
        for table, names in columns.items():
            query = f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid"
            by_table[table] = conn.execute(query).fetchall()
    baseline = _peak_rss_mib()
    started, cpu = time.perf_counter(), time.process_time()
    with closing(_schema(path)) as conn:
        conn.execute("BEGIN")
        for table, rows in by_table.items():
            conn.executemany(insert_sql(table, columns[table]), rows)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    rows = sum(map(len, by_table.values()))
    return _figures(rows, seconds, time.process_time() - cpu, baseline)


def _median(runs: list[dict]) -> dict:
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def _print_ratio(plan: list[tuple[str, int, str]], results: dict[int, list[dict]]) -> None:
    """Generation against its floor, in wall seconds and in CPU seconds of the writer
    (the floor's one process against the writer's; the row child runs beside it)."""
    generate, floor = _median(results[0]), _median(results[1])
    print(
        f"ratio at {plan[0][1]} sessions: {generate['seconds'] / floor['seconds']:.2f}x wall, "
        f"writer CPU {generate['cpu'] / floor['cpu']:.2f}x the floor's",
        flush=True,
    )


CHILDREN = {
    "generate": child_generate,
    "generate-only": child_generate_only,
    "executemany": child_floor,
}


def measure(kind: str, sessions: int, seed: int, folder: Path) -> dict:
    path = folder / f"{kind}-{sessions}.db"
    path.unlink(missing_ok=True)  # a repeat writes a new file (same seed: the same rows)
    source = ["--source", str(folder / f"generate-{sessions}.db")] if kind == "executemany" else []
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            kind,
            "--sessions",
            str(sessions),
            "--seed",
            str(seed),
            *source,
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout)
    figures["size_mib"] = path.stat().st_size / 2**20 if path.exists() else 0.0
    figures["load"] = os.getloadavg()[0]  # other work on the machine slows the two unalike
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--keep-dir",
        type=Path,
        help="keep the generated database there as v1-SESSIONS.db (the migration bench "
        "reuses it instead of building its own)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of generate and of the floor; the table shows the median (default 3)",
    )
    parser.add_argument(
        "--skip-generate-only",
        action="store_true",
        help="skip the generation-alone and tenth-size runs (saves minutes at 1M sessions)",
    )
    args = parser.parse_args()
    if args.child:
        extra = {"source": args.source} if args.source else {}
        figures = CHILDREN[args.child](args.path, args.sessions, args.seed, **extra)
        figures["peak_rss_mib"] = _peak_rss_mib()
        # the forked child that generates long streams (fixtures/edi/row_pipe.py), 0 if none
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        figures["child_rss_mib"] = children.ru_maxrss / 1024
        figures["child_cpu"] = children.ru_utime + children.ru_stime
        print(json.dumps(figures))
        return 0
    small = max(1, args.sessions // 10)
    plan = [  # (kind, sessions, label); the floor reads its tuples back from what generate wrote
        ("generate", args.sessions, "generate + stream through executemany batches"),
        ("executemany", args.sessions, "plain executemany of pre-made tuples (floor)"),
        ("generate-only", args.sessions, "generate rows only, no SQLite"),
        ("generate", small, "generate + stream, a tenth of the size"),
    ]
    if args.skip_generate_only:  # also the tenth: the 100k run shows memory is flat
        plan = plan[:2]
    # generate and the floor take turns, so a machine slowing down mid-run hits both alike
    order = [*[i for _ in range(args.repeat) for i in (0, 1)], *range(2, len(plan))]
    print(f"sessions={args.sessions} seed={args.seed} sqlite={sqlite3.sqlite_version}")
    print(
        "| what | sessions | runs | rows | seconds (median) | rows/s | CPU s | row child's CPU s "
        "| peak RSS MiB | row child's peak RSS MiB | RSS after imports MiB | file MiB | load |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as folder:
        results: dict[int, list[dict]] = {}
        for i in order:
            kind, sessions, _ = plan[i]
            results.setdefault(i, []).append(measure(kind, sessions, args.seed, Path(folder)))
        for i, (_, sessions, label) in enumerate(plan):
            runs = results[i]
            f = _median(runs)
            loads = sorted(r["load"] for r in runs)
            print(
                f"| {label} | {sessions} | {len(runs)} | {f['rows']} | {f['seconds']:.2f} | "
                f"{f['rows'] / f['seconds']:,.0f} | {f['cpu']:.2f} | {f['child_cpu']:.2f} | "
                f"{max(r['peak_rss_mib'] for r in runs):.0f} | "
                f"{max(r.get('child_rss_mib', 0.0) for r in runs):.0f} | "
                f"{f['baseline']:.0f} | {f['size_mib']:.0f} | {loads[0]:.1f}-{loads[-1]:.1f} |",
                flush=True,
            )
        _print_ratio(plan, results)
        if args.keep_dir:
            args.keep_dir.mkdir(parents=True, exist_ok=True)
            generated = Path(folder) / f"generate-{args.sessions}.db"
            shutil.move(generated, args.keep_dir / f"v1-{args.sessions}.db")
    return 0


if __name__ == "__main__":
    sys.exit(main())
