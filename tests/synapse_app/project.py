"""Synapse's SQLite schema (full schema 72 and its deltas) as a project of its own: its migrations
and its pytest.ini.

Shared by its spec (``tests/harness/test_synapse_chain.py``) and its bench
(``bench/bench_synapse_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_synapse_project(folder: Path) -> Path:
    """``folder`` holding Synapse's migrations and pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
