"""A file one version newer than the chain at hand, which that chain's app may start on.

The build one version back ships migrations 1..N-1 and calls ``upgrade(db)`` at start-up
on a file its successor migrated to N. Like Chromium's ``sql::MetaTable`` (``version``
and ``last_compatible_version``), the file says which apps may run on it: the runner
records, with each step, the lowest app version (``schema_compatibility``). When it is
the chain's head, the run changes nothing and says so; otherwise the file is refused as
before, saying why. Room and SQLDelight refuse every newer file.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import UnknownVersion
from edi_migrations.runner.chain_log import chain_folder, logged_steps
from edi_migrations.runner.compat_record import compatibility, outlived
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3


class NewerVersion(UnknownVersion):
    """A newer file this chain's app may not run on, and why (an :class:`UnknownVersion`)."""

    def __init__(self, path: Path, recorded: int, head: int, folder: Path | None, why: str):
        super().__init__(path, f"v{recorded}", head, folder=folder)
        self.why = why
        self.args = (str(self).replace("newer migrations:", f"newer migrations ({why}):", 1),)


def startable(
    conn: sqlite3.Connection, path: Path, migrations: tuple[Migration, ...], recorded: int
) -> str:
    """How the chain's app may start on a file at ``recorded`` (newer than its head), or
    :class:`NewerVersion` saying why it may not."""
    head = len(migrations)
    record = compatibility(conn, recorded)
    lowest = record.lowest if record is not None else None
    if record is not None and record.lowest <= head:
        stale = outlived(conn, recorded, record, head)
        if stale is not None:
            raise NewerVersion(path, recorded, head, chain_folder(migrations), stale)
        newest = logged_steps(conn, recorded).get(recorded, "its newest migration")
        return f"newer than this chain (v{head}); {newest} says v{head} apps keep working on it"
    if lowest is not None and (lowest < recorded or head < recorded - 1):
        why = f"only v{lowest} apps and newer may run on it"
    else:
        newest = logged_steps(conn, recorded).get(recorded, "its newest migration")
        why = f"{newest} does not say v{head} apps keep working"
    raise NewerVersion(path, recorded, head, chain_folder(migrations), why)


def not_by_this_build(
    path: Path, version: int, how: str, migrations: tuple[Migration, ...], doing: str
) -> NewerVersion:
    """A newer file this build starts on (its newest migration claims it), refused all the
    same to ``doing`` (``verify``, ``downgrade``, an ``upgrade`` to a lower target): only the
    code that has the file's version knows its exact schema or how to take it down; the
    claim is said, as ``upgrade`` and ``status`` do."""
    claim = how.split("; ", 1)[-1]  # after "newer than this chain (vN)"
    act = "verify" if doing == "verify" else "downgrade"  # a lower target is a way down
    why = f"{claim}: this build starts on it, but only code with v{version} can {act} it"
    return NewerVersion(path, version, len(migrations), chain_folder(migrations), why)


def nothing_to_do(path: Path, version: int, newer: int | None) -> str:
    """The one line of a run that changed nothing; ``newer``: an older build's start on a
    newer file (only one version back may start, so its chain ends at ``newer - 1``)."""
    if newer is None:
        return f"{path}: already at v{version}; nothing to do"
    return (
        f"{path}: at v{newer}, newer than this chain (v{newer - 1}); its newest migration "
        f"says v{newer - 1} apps keep working on it; nothing to do"
    )
