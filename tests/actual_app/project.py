"""Actual Budget's SQLite migrations as a project of its own: its migrations and its
pytest.ini.

Shared by its spec (``tests/harness/test_actual_chain.py``) and its bench
(``bench/bench_actual_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_actual_project(folder: Path) -> Path:
    """``folder`` holding Actual's migrations and pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
