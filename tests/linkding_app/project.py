"""linkding's Django migrations as a project of its own: its migrations, its pytest.ini and
its conftest (the SQL function its URL normalization is read with).

Shared by its spec (``tests/harness/test_linkding_chain.py``) and its bench
(``bench/bench_linkding_chain.py``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ported_projects import make_ported_project


def make_linkding_project(folder: Path) -> Path:
    """``folder`` holding linkding's migrations, pytest.ini and conftest.py; returns it."""
    source = Path(__file__).parent
    make_ported_project(source, folder)
    shutil.copy(source / "project_conftest.py", folder / "conftest.py")
    return folder
