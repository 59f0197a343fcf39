"""Bytecode for this suite when the environment says not to write any beside the sources.

With ``PYTHONDONTWRITEBYTECODE=1`` every pytest process, and every in-process pytester run
(pytester drops the modules a run imported), parses and assertion-rewrites each module
anew: the suite took twice as long. The bytecode then goes to pytest's cache folder,
mirroring the sources' absolute paths (``sys.pycache_prefix``), never beside them; the
CLI and pytest runs the suite starts inherit it. What mirrors a run's temporary files
(each run's migration copies) is pruned when the next run starts.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def keep_bytecode_in(folder: Path) -> bool:
    """Write bytecode under ``folder`` if the environment forbade writing it; whether so."""
    if not sys.dont_write_bytecode:
        return False
    sys.pycache_prefix = str(folder)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return True


def prune(folder: Path, keep: tuple[Path, ...]) -> None:
    """Remove the bytecode of every source outside ``keep`` (temporary files, mostly)."""
    if not folder.is_dir():
        return
    stack = [folder]
    while stack:
        for entry in stack.pop().iterdir():
            source = Path("/", entry.relative_to(folder))
            if any(source.is_relative_to(k) for k in keep):
                continue
            if entry.is_dir() and any(k.is_relative_to(source) for k in keep):
                stack.append(entry)
            elif entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
