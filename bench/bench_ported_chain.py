"""Benchmark: a ported chain's default matrix (``tests/<name>_app``) with ``-n 2``. Not a test.

The chain's migrations and its pytest.ini (and conftest.py, where it has one) are copied
into a tmp project (``tests/ported_projects.py``); its schema snapshots are written first
(untimed). Then the default matrix is timed cold (an empty cache folder) and warm (the
same folder again), one seed for both. What each chain's matrix finds is in its README
(``tests/<name>_app/README.md``) and ``docs/ported-chains.md``.

    python bench/bench_ported_chain.py NAME [--repeat 1] [--seed 7]
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_example_chat import bench_parser, bench_project  # noqa: E402
from tests.ported_projects import PORTED_CHAINS, ported_project  # noqa: E402


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("name", choices=list(PORTED_CHAINS), help="the chain: tests/NAME_app")
    args = parser.parse_args()
    make = functools.partial(ported_project, args.name)
    bench_project(__doc__, make, PORTED_CHAINS[args.name], args=args)


if __name__ == "__main__":
    main()
