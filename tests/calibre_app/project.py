"""calibre's library database upgrades as a project of its own: its migrations, its pytest.ini and
its conftest (the SQL functions its triggers and views call).

Shared by its spec (``tests/harness/test_calibre_chain.py``) and its bench
(``bench/bench_calibre_chain.py``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ported_projects import make_ported_project


def make_calibre_project(folder: Path) -> Path:
    """``folder`` holding calibre's migrations, pytest.ini and conftest.py; returns it."""
    source = Path(__file__).parent
    make_ported_project(source, folder)
    shutil.copy(source / "project_conftest.py", folder / "conftest.py")
    return folder
