"""Benchmark: grocy's ported chain (102 migrations), its default matrix with ``-n 2``. Not a test.

``tests/grocy_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. Its outcome line
counts upstream's findings as failures: every path across ``0080`` (its newline
replacement turns each ``0`` of a product description into ``<br>``), and the lint's
table rebuilds renamed aside and ``PRAGMA legacy_alter_table`` (0045, 0048, 0049, 0096);
see ``tests/grocy_app/README.md``.

    python bench/bench_grocy_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.grocy_app.project import make_grocy_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_grocy_project, "grocy 0001-0102")


if __name__ == "__main__":
    main()
