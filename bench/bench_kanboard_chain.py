"""Benchmark: Kanboard's ported chain (71 migrations), its default matrix with ``-n 2``. Not a test.

``tests/kanboard_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its outcome line
counts upstream's two findings (the ``comments`` rebuild of version 11 leaving users that
do not exist, the UNIQUE index of version 27 over duplicated usernames) as failures:
every path from a start holding comments (v8-v10) or repeated usernames, and their
atomicity, lint and previous-app checks.

    python bench/bench_kanboard_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.kanboard_app.project import make_kanboard_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_kanboard_project, "Kanboard v1-v71")


if __name__ == "__main__":
    main()
