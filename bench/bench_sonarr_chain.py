"""Benchmark: Sonarr's ported FluentMigrator chain (main database, 35 versions), its default matrix, ``-n 2``. Not a test.

``tests/sonarr_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. It passes
(``tests/sonarr_app/README.md``).

    python bench/bench_sonarr_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.sonarr_app.project import make_sonarr_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_sonarr_project, "Sonarr FluentMigrator main database 1..35")


if __name__ == "__main__":
    main()
