"""Benchmark: Signal Desktop's ported SQLite migrations (v1 to v84, SQL and TypeScript loops over JSON), its default matrix, ``-n 2``. Not a test.

``tests/signal_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its failures are
upstream's findings (``tests/signal_app/README.md``); their cost is counted too.

    python bench/bench_signal_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.signal_app.project import make_signal_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_signal_project, "Signal Desktop SQLite v1-v84")


if __name__ == "__main__":
    main()
