"""Benchmark: ntfy's ported message-cache chain (14 versions, SQL in Go), its default matrix, ``-n 2``. Not a test.

``tests/ntfy_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its failure is
upstream's finding (``tests/ntfy_app/README.md``); its cost is counted too.

    python bench/bench_ntfy_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.ntfy_app.project import make_ntfy_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_ntfy_project, "ntfy message cache v0-v13")


if __name__ == "__main__":
    main()
