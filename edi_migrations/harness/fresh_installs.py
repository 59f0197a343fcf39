"""A fresh install at each version of the chain, each built on the one below it.

Convergence compares every path with a fresh install at its target, the schema
snapshots read one per version, and every start database begins as one: a run asks for
all of them. Running ``init`` to each version from nothing runs N²/2 migrations for a
chain of N; here version v is a copy of the nearest install below it upgraded the rest
of the way (one migration when v-1 is already made), through the same runner steps that
``init`` takes, so the file holds the same schema and bookkeeping.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations import init, upgrade
from edi_migrations.harness.db_copies import copy_database


class FreshInstalls:
    """Fresh installs under ``folder``, made once per version and only read (copied) after."""

    def __init__(self, folder: Path, migrations_dir: Path) -> None:
        self._folder = folder
        self._migrations_dir = migrations_dir
        self._made: dict[int, Path] = {}

    def at(self, version: int) -> Path:
        if version not in self._made:
            path = self._folder / f"fresh-v{version}.db"
            below = [v for v in self._made if v < version]
            if below:
                copy_database(self._made[max(below)], path)
                upgrade(path, to=version, migrations_dir=self._migrations_dir, backup=False)
            else:
                init(path, to=version, migrations_dir=self._migrations_dir)
            self._made[version] = path
        return self._made[version]
