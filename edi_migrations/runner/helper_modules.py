"""A migration imports a helper module beside it (``_names.py``) as any script does.

A folder of scripts can import its neighbours because Python puts the script's folder
on ``sys.path``; a migration is loaded from its file, so the runner does the same while
it imports one. The helpers it imported leave ``sys.modules`` again afterwards: two
chains loaded in one process (a test suite) each import their own ``_names``, and the
migration keeps what it imported. Files whose name starts with ``_`` are not migrations.
A folder that is a package of the app (``src/myapp/migrations/__init__.py``) is imported
as its modules are: its migrations may import their helpers relatively (``from ._names``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


def package_of(folder: Path) -> tuple[str, Path]:
    """The dotted package ``folder`` is (``""`` when it holds no ``__init__.py``) and the
    folder its top package sits in."""
    parts: list[str] = []
    while (folder / "__init__.py").is_file() and folder.parent != folder:
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts), folder


@contextmanager
def importable_beside(folder: Path) -> Iterator[None]:
    """While inside, ``import NAME`` finds ``folder/NAME.py`` first, and the package the
    folder is, if it is one, can be imported."""
    package, root = package_of(folder)
    entries = [str(folder), str(root)]
    aside = _other_copies(package, root)  # the same package name from another folder
    before = set(sys.modules)
    sys.path[:0] = entries
    try:
        yield
    finally:
        for entry in entries:
            if entry in sys.path:
                sys.path.remove(entry)
        for name in set(sys.modules) - before:
            if any(_within(name, top) for top in aside) or _defined_in(sys.modules[name], folder):
                del sys.modules[name]
        sys.modules.update(aside)


def _other_copies(package: str, root: Path) -> dict[str, object]:
    """Taken out of ``sys.modules`` while the folder's migrations import (put back after):
    the package on the way to it already imported from elsewhere (another project's
    ``myapp``, an installed copy) and its submodules, through which ``from ._shared``
    would reach that copy's helper."""
    parts = package.split(".") if package else []
    for n in range(1, len(parts) + 1):
        top, where = ".".join(parts[:n]), root.joinpath(*parts[:n]).resolve()
        module = sys.modules.get(top)
        if module is not None and where not in _resolved(getattr(module, "__path__", [])):
            return {name: sys.modules.pop(name) for name in list(sys.modules) if _within(name, top)}
    return {}


def _resolved(paths: Iterable[str]) -> list[Path]:
    """A package's folders, resolved (a relative ``sys.path`` entry leaves them relative)."""
    return [Path(p).resolve() for p in paths]


def _within(name: str, top: str) -> bool:
    return name == top or name.startswith(f"{top}.")


def _defined_in(module: object, folder: Path) -> bool:
    source = getattr(module, "__file__", None)
    return source is not None and Path(source).is_relative_to(folder)
