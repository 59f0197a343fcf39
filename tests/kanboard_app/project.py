"""Kanboard's SQLite migrations as a project of its own: its migrations and its pytest.ini.

Shared by its specs (``tests/harness/test_kanboard_chain.py``) and its bench
(``bench/bench_kanboard_chain.py``): ``project_pytest.ini`` is the project's own, kept
under another name so that this repository's pytest never loads it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).parent


def make_kanboard_project(folder: Path) -> Path:
    """``folder`` holding Kanboard's migrations and pytest.ini, nothing else (no schema
    snapshots: a run writes them); returns ``folder``."""
    shutil.copytree(
        HERE / "migrations",
        folder / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots"),
    )
    shutil.copy(HERE / "project_pytest.ini", folder / "pytest.ini")
    return folder
