"""Benchmark: Actual Budget's ported chain (49 versions), its default matrix, ``-n 2``. Not a test.

``tests/actual_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Every path passes:
no finding of upstream's (see ``tests/actual_app/README.md``).

    python bench/bench_actual_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.actual_app.project import make_actual_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_actual_project, "Actual Budget init-1759842823172")


if __name__ == "__main__":
    main()
