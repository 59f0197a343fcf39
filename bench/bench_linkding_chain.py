"""Benchmark: linkding's ported Django chain (54 versions), its default matrix, ``-n 2``. Not a test.

``tests/linkding_app`` (migrations, pytest.ini, conftest) is copied into a tmp project; its
schema snapshots are written first (untimed). Then the default matrix is timed cold (an
empty cache folder) and warm (the same folder again), one seed for both. Every path
passes: no finding of upstream's (see ``tests/linkding_app/README.md``).

    python bench/bench_linkding_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.linkding_app.project import make_linkding_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_linkding_project, "linkding 0001-0054 (Django)")


if __name__ == "__main__":
    main()
