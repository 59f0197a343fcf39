"""Homarr's Drizzle migrations (SQLite) as a project of its own: its migrations and its
pytest.ini.

Shared by its spec (``tests/harness/test_homarr_chain.py``) and its bench
(``bench/bench_homarr_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_homarr_project(folder: Path) -> Path:
    """``folder`` holding Homarr's migrations and pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
