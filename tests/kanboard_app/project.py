"""Kanboard's SQLite migrations as a project of its own: its migrations and its pytest.ini.

Shared by its specs (``tests/harness/test_kanboard_chain.py``) and its bench
(``bench/bench_kanboard_chain.py``): ``project_pytest.ini`` is the project's own, kept
under another name so that this repository's pytest never loads it.
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_kanboard_project(folder: Path) -> Path:
    """``folder`` holding Kanboard's migrations and pytest.ini, nothing else (no schema
    snapshots: a run writes them); returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
