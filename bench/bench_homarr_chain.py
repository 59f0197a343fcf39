"""Benchmark: Homarr's ported Drizzle chain (42 migrations), its default matrix, ``-n 2``. Not a test.

``tests/homarr_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its failures are
upstream's findings (``tests/homarr_app/README.md``); their cost is counted too.

    python bench/bench_homarr_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.homarr_app.project import make_homarr_project  # noqa: E402


def main() -> None:
    bench_project(
        __doc__, make_homarr_project, "Homarr talented_ben_parker-add_right_click_preference"
    )


if __name__ == "__main__":
    main()
