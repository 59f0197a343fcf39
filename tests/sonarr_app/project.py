"""Sonarr's FluentMigrator chain (main database) as a project of its own: its migrations
and its pytest.ini.

Shared by its spec (``tests/harness/test_sonarr_chain.py``) and its bench
(``bench/bench_sonarr_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_sonarr_project(folder: Path) -> Path:
    """``folder`` holding Sonarr's migrations and pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
