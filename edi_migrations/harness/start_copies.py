"""A test's private copies of start databases, removed when the test passed.

Every matrix test copies its start into its tmp folder (a RAM folder by default:
:mod:`edi_migrations.harness.ram_tmp`), and pytest keeps a session's tmp folders until
the session ends unless the project's ini says ``tmp_path_retention_policy = "failed"``.
At a long chain's head a start is megabytes and the matrix has thousands of tests: a
300-migration chain held 21 GB of RAM when the machine ran out. A failing test keeps
its copies, to look at (``--keep-failed-databases`` names them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FAILED = pytest.StashKey[bool]()
SIDE_FILES = ("", "-wal", "-shm", "-journal")
STEPPED = "stepped"  # where path_cache puts a stepwise path's private copy, in tmp_path
JUMPED = "jumped"  # where jump_prefix puts a kept jump's private copy, in tmp_path


def note_outcome(item: pytest.Item, report: pytest.TestReport) -> None:
    """From ``pytest_runtest_makereport``: whether any phase of the test failed."""
    if report.failed:
        item.stash[FAILED] = True


def remove_if_passed(item: pytest.Node, made: list[Path], tmp_path: Path) -> None:
    """At the fixture's teardown: the copies ``made`` (and their journals) and the
    stepped and kept-jump copies, unless the test failed."""
    if item.stash.get(FAILED, False):
        return
    for path in made:
        for suffix in SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    for folder in (STEPPED, JUMPED):
        shutil.rmtree(tmp_path / folder, ignore_errors=True)
