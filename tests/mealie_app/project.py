"""Mealie's Alembic migrations (SQLite) as a project of its own: its
migrations and its pytest.ini.

Shared by its spec (``tests/harness/test_mealie_chain.py``) and its bench
(``bench/bench_mealie_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_mealie_project(folder: Path) -> Path:
    """``folder`` holding ntfy's migrations and pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
