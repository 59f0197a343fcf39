"""A migration imports a helper module beside it (``_names.py``) as any script does.

A folder of scripts can import its neighbours because Python puts the script's folder
on ``sys.path``; a migration is loaded from its file, so the runner does the same while
it imports one. The helpers it imported leave ``sys.modules`` again afterwards: two
chains loaded in one process (a test suite) each import their own ``_names``, and the
migration keeps what it imported. Files whose name starts with ``_`` are not migrations.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def importable_beside(folder: Path) -> Iterator[None]:
    """While inside, ``import NAME`` finds ``folder/NAME.py`` first."""
    entry = str(folder)
    before = set(sys.modules)
    sys.path.insert(0, entry)
    try:
        yield
    finally:
        if entry in sys.path:
            sys.path.remove(entry)
        for name in set(sys.modules) - before:
            if _defined_in(sys.modules[name], folder):
                del sys.modules[name]


def _defined_in(module: object, folder: Path) -> bool:
    source = getattr(module, "__file__", None)
    return source is not None and Path(source).is_relative_to(folder)
