"""Benchmark: Joplin's ported desktop database chain (47 versions, FTS4 search tables), its default matrix, ``-n 2``. Not a test.

``tests/joplin_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. It fails where
upstream's table rebuilds (v14, v30) lose their indexes and where v15's search index
holds only some of its content table's rows (``tests/joplin_app/README.md``).

    python bench/bench_joplin_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.joplin_app.project import make_joplin_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_joplin_project, "Joplin desktop database 1..47")


if __name__ == "__main__":
    main()
