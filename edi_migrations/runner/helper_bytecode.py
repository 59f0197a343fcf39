"""A helper module's bytecode checked by its source's bytes, not by its mtime and size.

Python trusts a ``__pycache__`` file while its source keeps its size and the second of
its mtime: a helper beside the migrations (``_names.py``) edited to the same size within
that second (a checkout, a tool writing twice, an archive's kept times) ran as its old
bytes, in the runner and the harness alike, and the harness kept what that run found
under the new bytes' key. Migrations are compiled from their bytes (discovery); a
helper's cached bytecode is written once as a checked-hash file (PEP 552), which Python
validates against the source's bytes at every import and keeps so when it recompiles.
Nothing is written where the interpreter writes no bytecode (an old file read there
still may be).
"""

from __future__ import annotations

import importlib.util
import py_compile
import sys
from collections.abc import Iterable
from pathlib import Path

_CHECKED_HASH = 0b11  # the pyc header's flags: hash-based, checked against the source
_BY_HASH = py_compile.PycInvalidationMode.CHECKED_HASH


def hash_checked(folder: Path, helpers: Iterable[str]) -> None:
    """Write each helper's bytecode as a checked-hash file, where it is not one yet."""
    if sys.dont_write_bytecode:
        return
    for name in helpers:
        source = str(folder / name)
        cached = importlib.util.cache_from_source(source)
        try:
            with open(cached, "rb") as handle:
                flags = int.from_bytes(handle.read(8)[4:8], "little")
        except OSError:
            flags = 0
        if flags & _CHECKED_HASH == _CHECKED_HASH:
            continue
        try:  # one that cannot compile is left to its import, which says why
            py_compile.compile(source, cfile=cached, quiet=2, invalidation_mode=_BY_HASH)
        except OSError:  # a folder nothing may write to: Python writes nothing there either
            continue
