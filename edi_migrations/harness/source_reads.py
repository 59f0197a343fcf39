"""What a source file's text names, kept by the text's digest between runs.

Every run's collection reads the chain's migrations (and the project modules they import
inside their functions) for the modules they import (``lazy_imports``) and the
environment variables they name (``environment_reads``): two parses of every file, each
a run, for what only an edit can change (about a hundredth of a warm inner loop's CPU).
The names found are kept in pytest's cache under a digest of the file's bytes, so a warm
run reads and hashes the files but parses none, and an edited file is parsed afresh: no
answer ever comes from another text. What is kept is the texts a run read, not every
text a file ever had.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

FILE = "reads.json"

Read = Callable[[ast.Module], Iterable[str]]


@dataclass
class SourceReads:
    """The names each kind of read found in a text: those kept by a run before
    (``kept``), and those this run asked for (``used``: what :meth:`save` keeps)."""

    folder: Path | None
    kept: dict[str, list[str]] = field(default_factory=dict)
    used: dict[str, list[str]] = field(default_factory=dict)
    saved: dict[str, list[str]] | None = None  # what the folder's file holds (None: kept)

    @classmethod
    def load(cls, folder: Path | None) -> SourceReads:
        """The reads kept in ``folder`` (none: nothing kept, nothing to keep)."""
        if folder is None:
            return cls(None)
        try:
            kept = json.loads((folder / FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            kept = {}
        if not isinstance(kept, dict):
            kept = {}
        return cls(folder, kept)

    def names(self, kind: str, source: Path, read: Read) -> list[str]:
        """``read``'s names in the file's text, from a run before where it had the same
        bytes; none for a file that cannot be read or is no Python."""
        try:
            data = source.read_bytes()
        except OSError:
            return []
        key = f"{kind}:{hashlib.sha256(data).hexdigest()}"
        found = self.used.get(key)
        if found is None:
            found = self.kept.get(key)
        if not isinstance(found, list):
            try:
                tree = ast.parse(data, filename=str(source))
            except (SyntaxError, ValueError):
                found = []
            else:
                found = sorted(set(read(tree)))
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keep this run's reads (whole, by a rename: a concurrent reader sees the old
        file or the new one), where something new was read; a folder that cannot be
        written keeps nothing."""
        if self.folder is None or self.used == (self.kept if self.saved is None else self.saved):
            return
        scratch = self.folder / f"{FILE}.{os.getpid()}"
        try:
            scratch.write_text(json.dumps(self.used, sort_keys=True), encoding="utf-8")
            os.replace(scratch, self.folder / FILE)
        except OSError:
            scratch.unlink(missing_ok=True)
            return
        self.saved = dict(self.used)
