"""Anki's collection schema (schema 11 to 18, SQL files and Rust steps) as a project of its
own: its migrations, its pytest.ini.

Shared by its spec (``tests/harness/test_anki_chain.py``) and its bench
(``bench/bench_anki_chain.py``).
"""

from __future__ import annotations

from pathlib import Path

from tests.ported_projects import make_ported_project


def make_anki_project(folder: Path) -> Path:
    """``folder`` holding Anki's migrations, pytest.ini; returns ``folder``."""
    return make_ported_project(Path(__file__).parent, folder)
