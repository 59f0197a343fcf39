"""``--keep-failed-databases DIR``: a failing path's start and result databases, kept.

A failure's evidence names rows; looking at them beside their neighbours needs the files
themselves. The start is upgraded in place, so with the option each path first copies its
start aside (a cost paid only when asked for); a failing path's start and result are then
copied into ``DIR/<test>/start.db`` and ``result.db`` and their paths printed under the
failure. pytest's own tmp folders keep them too, but under names no one can guess.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.harness.db_copies import copy_database

OPTION = "--keep-failed-databases"
DEST = "keep_failed_databases"
WORKER_KEY = "edi_migrations_keep_failed_databases"
WATCHED = pytest.StashKey["Watched"]()
SECTION = "databases kept"


@dataclass(frozen=True)
class Watched:
    """A path's start (a copy taken before its steps) and the file its steps change."""

    start: Path
    start_version: int
    result: Path
    target: int


def add_option(group: pytest.OptionGroup) -> None:
    group.addoption(
        OPTION,
        dest=DEST,
        default=None,
        metavar="DIR",
        help="keep each failing path's start and result databases in DIR/<test>/ "
        "(start.db, result.db) and print their paths under the failure",
    )


def folder(config: pytest.Config) -> Path | None:
    """DIR, resolved where pytest was started (on an xdist worker: the controller's)."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and WORKER_KEY in workerinput:
        handed = workerinput[WORKER_KEY]
        return Path(handed) if handed else None
    given = config.getoption(DEST, default=None)
    return (config.invocation_params.dir / given).resolve() if given else None


def hand_to_worker(node) -> None:
    kept = folder(node.config)
    node.workerinput[WORKER_KEY] = str(kept) if kept else ""


def watch(item: pytest.Item, start: Path, start_version: int, result: Path, target: int) -> None:
    """Before a path's steps: remember its files, the start copied aside (with the option)."""
    if folder(item.config) is None:
        return
    aside = start.parent / "kept-start" / start.name
    aside.parent.mkdir(exist_ok=True)
    copy_database(start, aside)
    item.stash[WATCHED] = Watched(aside, start_version, result, target)


def keep_on_failure(item: pytest.Item, report: pytest.TestReport) -> None:
    """A failed call of a watched test: its files into DIR, their paths in the report."""
    kept = folder(item.config)
    watched = item.stash.get(WATCHED, None)
    if kept is None or watched is None or report.when != "call" or not report.failed:
        return
    dest = kept / folder_name(item.name)
    if dest.exists():
        shutil.rmtree(dest)  # a rerun's files replace the last run's
    dest.mkdir(parents=True)
    start = copy_database(watched.start, dest / "start.db")
    result = copy_database(watched.result, dest / "result.db")
    report.sections.append(
        (
            SECTION,
            f"start (v{watched.start_version}): {start}\n"
            f"result (as the path left it, target v{watched.target}): {result}",
        )
    )


def folder_name(test_name: str) -> str:
    """A test's name as a folder: ``test_upgrade_path[v1->v3]`` is
    ``test_upgrade_path-v1-to-v3``; a walk's ``=>`` reads ``-walk-to-``."""
    text = test_name.replace("<->", "-and-").replace("=>", "-walk-to-").replace("->", "-to-")
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")
