"""A migrations folder listed once per load: its names, and one ``stat`` of each ``.py`` file.

A stepwise walk loads the folder once a step. The check for another tool's files
(foreign_once.py) and the chain's own stamps (discovery.py) each asked the file system
for every migration file, and the strays check built a path for every name: on a long
chain's spec, ~28 000 ``stat`` calls and ~40 000 paths. One listing serves them all; a
file written since the last load still shows in its stat, as before.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


def suffix(name: str) -> str:
    """``Path(name).suffix`` without building the path (``..py`` and ``.py`` alike)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


@dataclass(frozen=True)
class Listing:
    """The folder's entries in the order it lists them, and each ``.py`` file's stat
    (or the error asking for it raised)."""

    folder: Path
    names: tuple[str, ...]
    stats: Mapping[str, os.stat_result | OSError]

    def found(self) -> tuple[Path, ...]:
        return tuple(self.folder / name for name in self.names)

    def stat(self, name: str) -> os.stat_result:
        """The file's stat, raising as ``Path.stat`` did where it could not be read."""
        got = self.stats[name]
        if isinstance(got, OSError):
            raise got
        return got


def list_folder(folder: Path) -> Listing:
    names = tuple(os.listdir(folder))
    stats: dict[str, os.stat_result | OSError] = {}
    base = os.fspath(folder) + os.sep
    for name in names:
        if suffix(name) == ".py":
            try:
                stats[name] = os.stat(base + name)
            except OSError as exc:
                stats[name] = exc
    return Listing(folder, names, stats)
