"""Benchmark: synthetic v1 generation against a plain ``executemany`` floor.

Not a test. For each size, in fresh subprocesses:

* generator: ``build_v1_shape(path, "versioned", N, seed)`` (pools, edge cases, streaming);
* floor:     the same rows, read back into memory first, inserted with one plain
             ``executemany`` per table into the same schema (the speed limit of SQLite).

Prints the median of ``--repeat`` runs, rows/s, the ratio generator/floor and the
generator's peak RSS (flat in N means streaming works). Usage:

    python bench/bench_generation.py --sessions 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.common import child  # noqa: E402

GENERATE = """
import json, resource, sys, time
from pathlib import Path
from fixtures.field_shapes import build_v1_shape
start = time.perf_counter()
counts = build_v1_shape(Path(sys.argv[1]), "versioned", int(sys.argv[2]), int(sys.argv[3]))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rows": sum(counts.values()),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

FLOOR = """
import json, sqlite3, sys, time
from fixtures import seed_sql
source = sqlite3.connect(sys.argv[1])
tables = ("sessions", "prompts", "entities", "validations")
rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
source.close()
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
start = time.perf_counter()
conn.execute("BEGIN")
for statement in seed_sql.V1_TABLES:
    conn.execute(statement)
for table, data in rows.items():
    marks = ", ".join("?" for _ in data[0]) if data else ""
    if data:
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
conn.execute("COMMIT")
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rows": sum(len(d) for d in rows.values())}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(
        "| sessions | rows | generator s | rows/s | floor s | floor rows/s | ratio | peak RSS MB |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for sessions in args.sessions:
        gen, floor, rss, rows = [], [], 0.0, 0
        for n in range(args.repeat):
            with tempfile.TemporaryDirectory(prefix="edi-gen-") as tmp:
                built, plain = Path(tmp) / "gen.db", Path(tmp) / "floor.db"
                g = child(GENERATE, built, sessions, args.seed + n)
                f = child(FLOOR, built, plain)
            gen.append(g["seconds"])
            floor.append(f["seconds"])
            rss, rows = max(rss, g["rss_mb"]), g["rows"]
        g_s, f_s = statistics.median(gen), statistics.median(floor)
        print(
            f"| {sessions:,} | {rows:,} | {g_s:.2f} | {rows / g_s:,.0f} | {f_s:.2f} | "
            f"{rows / f_s:,.0f} | {g_s / f_s:.2f}x | {rss:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
