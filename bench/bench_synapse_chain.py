"""Benchmark: Synapse's ported SQLite schema (full schema 72 and its 105 deltas to 94), its default matrix, ``-n 2``. Not a test.

``tests/synapse_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. It fails on
upstream's findings (``tests/synapse_app/README.md``); their cost is counted too.

    python bench/bench_synapse_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.synapse_app.project import make_synapse_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_synapse_project, "Synapse SQLite schema 72 + deltas to 94")


if __name__ == "__main__":
    main()
