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
    """Remove the bytecode of every source outside ``keep`` (temporary files, mostly), and
    inside it of every folder that is gone (a kept venv replaced by a newer one: each
    left about 10 MB behind, and a folder of hundreds of MB took seconds to walk)."""
    if not folder.is_dir():
        return
    stack = [folder]
    while stack:
        for entry in stack.pop().iterdir():
            if not entry.is_dir():
                if not _inside(Path("/", entry.relative_to(folder)), keep):
                    entry.unlink(missing_ok=True)
                continue
            source = Path("/", entry.relative_to(folder))
            if _inside(source, keep) and source.is_dir():
                stack.append(entry)
            elif any(k.is_relative_to(source) for k in keep):
                stack.append(entry)  # on the way to a kept folder
            else:
                shutil.rmtree(entry, ignore_errors=True)


def _inside(source: Path, keep: tuple[Path, ...]) -> bool:
    return any(source.is_relative_to(k) for k in keep)
