"""Benchmark: memos's ported chain (62 migrations), its default matrix with ``-n 2``. Not a test.

``tests/memos_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its outcome line
counts upstream's findings as failures (the rebuilds of 0.2 and 0.3 leaving references
to dropped tables, the index 0.15 loses, the no-op PRAGMAs; see
``tests/memos_app/README.md``).

    python bench/bench_memos_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.memos_app.project import make_memos_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_memos_project, "memos 0.1-0.31")


if __name__ == "__main__":
    main()
