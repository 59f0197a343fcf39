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
from edi_migrations.harness.verdict_inputs import project_file_of, project_modules


@dataclass(frozen=True)
class Imports:
    """A run's project modules at collection's end, and those imported since: each module
    looked at once, by name (a check's verdict asked after every passing check; the
    whole ``sys.modules`` resolved each time cost more than the check on a small chain).
    A module dropped since stays counted: an input once, an input of the verdict."""

    rootdir: Path
    migration_files: frozenset[Path]
    collected: frozenset[Path]
    looked: set[str] = field(default_factory=set, compare=False)
    found: set[Path] = field(default_factory=set, compare=False)

    def since_collection(self) -> tuple[str, ...]:
        """The project modules imported since collection, relative to the rootdir."""
        new = [(n, m) for n, m in list(sys.modules.items()) if n not in self.looked]
        for name, module in new:
            self.looked.add(name)
            path = project_file_of(module, self.rootdir, self.migration_files)
            if path is not None and path not in self.collected:
                self.found.add(path)
        return tuple(sorted(p.relative_to(self.rootdir).as_posix() for p in self.found))


def collected_imports(rootdir: Path, migration_files: frozenset[Path]) -> Imports:
    looked = set(sys.modules)
    modules = frozenset(project_modules(rootdir, migration_files))
    return Imports(rootdir, migration_files, modules, looked)


def digest(rootdir: Path, names: tuple[str, ...]) -> str:
    """The named modules' bytes; "gone" where one is no longer there to read."""
    try:
        return template_keys.source_digest((rootdir / n for n in names), root=rootdir)
    except OSError:
        return "gone"
