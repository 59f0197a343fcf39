"""Benchmark: Mealie's ported Alembic chain (20 revisions, Python data migrations), its default matrix, ``-n 2``. Not a test.

``tests/mealie_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its failures are
upstream's finding (``tests/mealie_app/README.md``); its cost is counted too.

    python bench/bench_mealie_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.mealie_app.project import make_mealie_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_mealie_project, "Mealie Alembic 6b0f5f32d602-b3dbb554ba53")


if __name__ == "__main__":
    main()
