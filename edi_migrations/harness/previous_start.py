"""Start the build one version back on the upgraded file, as that app starts.

A migration that says ``KEEPS_PREVIOUS_APP = True`` lets the build whose chain ends one
version back start on the file it upgraded: that build's ``upgrade(db)`` finds a newer
file that records it may run there, and leaves it as it is. The previous-app check runs
exactly that call before the old statements: the chain's folder copied without the
migrations from the upgraded version on (a build of the previous release), then the
runner's ``upgrade`` on the file. Its refusal is what the app would have met.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from edi_migrations.errors import MigrationError
from edi_migrations.runner.api import upgrade
from edi_migrations.runner.discovery import FILENAME, Migration, folder_of


def previous_build(folder: Path, dest: Path, version: int) -> Path:
    """A copy of ``folder`` without its migrations numbered ``version`` and later."""

    def left_out(_: str, names: list[str]) -> set[str]:
        later = {n for n in names if (m := FILENAME.match(n)) and int(m.group(1)) >= version}
        return later | {n for n in names if n == "__pycache__"}

    copy = dest / folder.name
    shutil.copytree(folder, copy, ignore=left_out)
    return copy


def start_refusal(db: Path, chain: Sequence[Migration], version: int) -> str | None:
    """What the build one version below ``version`` says starting on ``db`` (None: it
    started)."""
    with tempfile.TemporaryDirectory(prefix="previous-build-") as dest:
        build = previous_build(folder_of(chain), Path(dest), version)
        try:
            upgrade(db, migrations_dir=build)
        except MigrationError as exc:
            return str(exc)
    return None


def previous_start(
    chain: Sequence[Migration], migration: Migration
) -> Callable[[Path], str | None] | None:
    """The start of the build one version below ``migration``, for a migration that says
    ``KEEPS_PREVIOUS_APP`` (None for one that does not: nothing to hold it to)."""
    if not migration.keeps_previous_app:
        return None
    return lambda db: start_refusal(db, chain, migration.version)
