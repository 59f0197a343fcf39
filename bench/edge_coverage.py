"""Edge coverage over many seeds: does every seed sweep every edge kind into every place?

    python bench/edge_coverage.py --seeds 200 [--sessions 60] [--base-seed 0] [--shapes]

For each seed it builds matrix-sized databases at v1, v2 and v3 (``--shapes``: also
every field shape at v1) and counts, with ``edge_census``, which expected census keys
(``swept_edges``: each value kind in each column, orphans, childless and huge sessions,
repeated natural keys) hold no row. Prints how many seeds had every one present, per
database and overall, and the first misses. Seeds are drawn from ``--base-seed``;
the seed that once lacked a NULL in ``user_feedback.feedback_type`` is always first.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fixtures.edi.edge_census import edge_census, missing_edges, swept_edges  # noqa: E402
from fixtures.edi.shapes import CRASH_VARIANTS, SHAPE_NAMES  # noqa: E402
from fixtures.edi.templates import DatabaseSpec, build_database  # noqa: E402

FORMER_FAILURE = 342613527
SHOWN = 10  # misses printed


@dataclass(frozen=True)
class Target:
    """One database each seed is built as: a shape at a version."""

    shape: str
    version: int

    @property
    def label(self) -> str:
        return f"v{self.version}" if self.shape == "versioned" else f"v1-{self.shape}"


def targets(with_shapes: bool) -> list[Target]:
    base = [Target("versioned", v) for v in (1, 2, 3)]
    shapes = [Target(s, 1) for s in SHAPE_NAMES + CRASH_VARIANTS if s != "versioned"]
    return base + (shapes if with_shapes else [])


def seeds(count: int, base_seed: int) -> list[int]:
    rng = random.Random(f"edge-coverage:{base_seed}")
    drawn = [rng.randrange(2**31) for _ in range(max(0, count - 1))]
    return [FORMER_FAILURE, *drawn][:count]


def missing(folder: Path, seed: int, sessions: int, target: Target) -> list[tuple[str, str]]:
    path = folder / f"{seed}-{target.label}.db"
    spec = DatabaseSpec(target.shape, sessions, seed, target.version)
    build_database(path, spec)
    with closing(sqlite3.connect(path)) as conn:
        return missing_edges(edge_census(conn), swept_edges(target.version))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=200, help="how many seeds (default 200)")
    parser.add_argument("--sessions", type=int, default=60, help="sessions per database")
    parser.add_argument("--base-seed", type=int, default=0, help="draws the seeds (default 0)")
    parser.add_argument("--shapes", action="store_true", help="also every field shape at v1")
    args = parser.parse_args()
    plan = targets(args.shapes)
    complete = dict.fromkeys((t.label for t in plan), 0)
    every, misses = 0, []
    started = time.perf_counter()
    for seed in seeds(args.seeds, args.base_seed):
        with tempfile.TemporaryDirectory(prefix="edi-edge-coverage-") as folder:
            found = {t.label: missing(Path(folder), seed, args.sessions, t) for t in plan}
        for label, lacking in found.items():
            complete[label] += not lacking
            misses += [(seed, label, key) for key in lacking]
        every += not any(found.values())
    seconds = time.perf_counter() - started
    print(
        f"seeds={args.seeds} sessions={args.sessions} base-seed={args.base_seed} ({seconds:.0f} s)"
    )
    print("| database | seeds with every edge kind in every place |")
    print("|---|---:|")
    for label, n in complete.items():
        print(f"| {label} | {n} / {args.seeds} |")
    print(f"| all of them | {every} / {args.seeds} |")
    for seed, label, key in misses[:SHOWN]:
        print(f"missing: seed {seed} {label}: {key}")
    return 0 if every == args.seeds else 1


if __name__ == "__main__":
    sys.exit(main())
