"""Benchmark: Home Assistant recorder's ported schema migrations (v0-v17, 18 versions, SQLAlchemy), its default matrix, ``-n 2``. Not a test.

``tests/homeassistant_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. It passes:
its cost is what is counted (``tests/homeassistant_app/README.md``).

    python bench/bench_homeassistant_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.homeassistant_app.project import make_homeassistant_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_homeassistant_project, "Home Assistant recorder v0-v17")


if __name__ == "__main__":
    main()
