"""The project's modules a check imported as it ran: inputs of its kept verdict too.

The run's shared key holds the project modules imported by the end of collection; a
migration may import one of the project's packages only inside ``upgrade`` (the first
time a step runs it), after that key was made. Such a module is noted with the verdict
of the check that first saw it, by path and bytes, and the verdict is reused only while
those bytes are the same (:mod:`edi_migrations.harness.verdicts`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.harness import template_keys
from edi_migrations.harness.verdict_inputs import project_modules


@dataclass(frozen=True)
class Imports:
    """A run's project modules at collection's end, and its last look at ``sys.modules``
    (looked at again only when a module was imported or dropped since)."""

    rootdir: Path
    migration_files: frozenset[Path]
    collected: frozenset[Path]
    seen: dict[int, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def since_collection(self) -> tuple[str, ...]:
        """The project modules imported since collection, relative to the rootdir."""
        count = len(sys.modules)
        if count not in self.seen:
            found = set(project_modules(self.rootdir, self.migration_files)) - self.collected
            self.seen.clear()
            self.seen[count] = tuple(sorted(p.relative_to(self.rootdir).as_posix() for p in found))
        return self.seen[count]


def collected_imports(rootdir: Path, migration_files: frozenset[Path]) -> Imports:
    modules = frozenset(project_modules(rootdir, migration_files))
    return Imports(rootdir, migration_files, modules)


def digest(rootdir: Path, names: tuple[str, ...]) -> str:
    """The named modules' bytes; "gone" where one is no longer there to read."""
    try:
        return template_keys.source_digest((rootdir / n for n in names), root=rootdir)
    except OSError:
        return "gone"
