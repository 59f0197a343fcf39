"""A ported chain (``tests/<project>_app``) copied out as a project of its own.

Its ``project_pytest.ini`` (and ``project_conftest.py``, where the project has one) is kept
under another name so that this repository's pytest never loads it; the copy holds it as
``pytest.ini`` (``conftest.py``) beside the migrations.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def make_ported_project(source: Path, folder: Path) -> Path:
    """``folder`` holding ``source``'s migrations, pytest.ini and conftest.py (if it has
    one), nothing else (no schema snapshots: a run writes them); returns ``folder``."""
    shutil.copytree(
        source / "migrations",
        folder / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots"),
    )
    shutil.copy(source / "project_pytest.ini", folder / "pytest.ini")
    if (source / "project_conftest.py").exists():
        shutil.copy(source / "project_conftest.py", folder / "conftest.py")
    return folder
