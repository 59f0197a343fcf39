"""Benchmark: Anki's ported collection schema (schema 11 to 18: 6 versions, SQL files and Rust steps), its default matrix, ``-n 2``. Not a test.

``tests/anki_app`` (migrations, pytest.ini) is copied into a tmp project; its schema
snapshots are written first (untimed). Then the default matrix is timed cold (an empty
cache folder) and warm (the same folder again), one seed for both. What the harness finds in it is said in
``tests/anki_app/README.md``.

    python bench/bench_anki_chain.py [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_project  # noqa: E402
from tests.anki_app.project import make_anki_project  # noqa: E402


def main() -> None:
    bench_project(__doc__, make_anki_project, "Anki collection schema 11-18")


if __name__ == "__main__":
    main()
