"""Benchmark: calibre's ported library database chain (27 versions, Python and SQL), its default matrix, ``-n 2``. Not a test.

``tests/calibre_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its failures are
the findings in ``tests/calibre_app/README.md``; its cost is counted too.

    python bench/bench_calibre_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.calibre_app.project import make_calibre_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_calibre_project, "calibre metadata.db v1-v27")


if __name__ == "__main__":
    main()
