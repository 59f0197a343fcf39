"""Benchmark: where the integrity check should stop running inline. Not a test.

The runner's check (``integrity.check.ParallelCheck``) runs a database below
``INLINE_BELOW_BYTES`` in the calling thread, and a larger one on parallel read
connections. This prints, for databases of 1 to 16 MiB, the median wall and CPU
milliseconds of a whole check both ways, beside the floor: one ``PRAGMA integrity_check``
in plain sqlite3, in the same run. The threshold belongs where threads stop costing more.

    python bench/bench_integrity_inline.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edi_migrations.integrity import check as integrity  # noqa: E402

SIZES_MIB = (1, 2, 4, 8, 16)


def database(path: Path, mib: int) -> Path:
    """Rows of text with two indexes: the shape of an app's tables, ``mib`` MiB."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT, c TEXT)")
        conn.execute("CREATE INDEX t_b ON t(b)")
        conn.execute("CREATE INDEX t_a ON t(a)")
        rows = [(i,) for i in range(mib * 1024 * 1024 // 300)]
        sql = "INSERT INTO t (a, b, c) VALUES (hex(randomblob(40)), ?, hex(randomblob(60)))"
        conn.executemany(sql, rows)
    return path


def timed(work, repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def whole_check(db: Path, inline: bool) -> None:
    integrity.INLINE_BELOW_BYTES = 1 << 40 if inline else 0
    check = integrity.ParallelCheck(db, timeout=30.0)
    try:
        check.start()
        check.join()
        assert check.failure() is None
    finally:
        check.close()


def plain(db: Path) -> None:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    kept = integrity.INLINE_BELOW_BYTES
    print(f"threshold now: {kept / 2**20:.0f} MiB\n")
    print("| database | plain sqlite3 | inline | parallel connections |")
    print("|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="edi-inline-") as tmp:
        for mib in SIZES_MIB:
            db = database(Path(tmp) / f"{mib}.db", mib)
            cells = [
                timed(partial(plain, db), args.repeat),
                timed(partial(whole_check, db, inline=True), args.repeat),
                timed(partial(whole_check, db, inline=False), args.repeat),
            ]
            shown = [f"{wall:.1f} ms (CPU {cpu:.1f})" for wall, cpu in cells]
            print(f"| {db.stat().st_size / 2**20:.1f} MiB | " + " | ".join(shown) + " |")
    integrity.INLINE_BELOW_BYTES = kept


if __name__ == "__main__":
    main()
