"""The chat app as a project of its own: its migrations, its conftest and its pytest.ini.

Shared by its specs (``tests/harness/test_example_chat.py``) and its bench
(``bench/bench_example_chat.py``): the files here named ``project_*`` are the project's
own, kept under other names so that this repository's pytest never loads them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).parent


def make_chat_project(folder: Path) -> Path:
    """``folder`` holding the chat app's migrations, conftest and pytest.ini, nothing
    else (no schema snapshots: a run writes them); returns ``folder``."""
    shutil.copytree(
        HERE / "migrations",
        folder / "migrations",
        ignore=shutil.ignore_patterns("__pycache__", "schema_snapshots"),
    )
    shutil.copy(HERE / "project_conftest.py", folder / "conftest.py")
    shutil.copy(HERE / "project_pytest.ini", folder / "pytest.ini")
    return folder
