"""The modules from outside the project a migration imports: inputs of what a warm run reuses.

A migration may import an installed package (``from slugify import slugify``) or a module
of a folder on ``sys.path`` beside the project (a monorepo's shared library): a new
version of it makes another migration of the same files, and a verdict or a copy kept
under the project's keys was reused after the upgrade. Each top-level module that the
migrations, and the project's modules they import, name (read as
:mod:`~edi_migrations.harness.lazy_imports` reads them: nothing is imported) and that is
neither the standard library's, the harness's nor the project's is keyed: by its
distributions' names and versions where it is installed, else by its files' bytes. An
installed package edited in place, keeping its version, is not seen.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path

from edi_migrations.harness import lazy_imports, template_keys


def digest(sources: Iterable[Path], rootdir: Path) -> str:
    """What the outside modules ``sources`` import are now ("-" where they import none)."""
    rootdir = rootdir.resolve()
    tops = {
        name.split(".")[0] for source in sources for name in lazy_imports.imported_names(source)
    }
    found = [
        identity
        for top in sorted(tops)
        if top not in sys.stdlib_module_names
        and top != template_keys.PACKAGE.name
        and (identity := _identity(top, rootdir)) is not None
    ]
    return template_keys.short_digest("|".join(found)) if found else "-"


def _identity(top: str, rootdir: Path) -> str | None:
    """``top``'s distributions and versions, or its files' digest; None for a module of
    the project (keyed by its bytes as such) or one built into Python."""
    try:
        spec = importlib.util.find_spec(top)  # a top-level name: nothing is imported
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return f"{top} absent"
    places = [spec.origin] if spec.origin and spec.origin not in ("built-in", "frozen") else []
    places += list(spec.submodule_search_locations or [])
    resolved = [Path(place).resolve() for place in places]
    if not resolved or all(_the_projects(place, rootdir) for place in resolved):
        return None
    names = sorted(set(_distributions().get(top, ())))
    if names:
        return f"{top}=" + ",".join(f"{name}=={metadata.version(name)}" for name in names)
    files = {f for place in resolved for f in ([place] if place.is_file() else place.rglob("*.py"))}
    return f"{top}:{template_keys.source_digest(files, root=Path('/'))}"


def _the_projects(place: Path, rootdir: Path) -> bool:
    return place.is_relative_to(rootdir) and "site-packages" not in place.parts


@cache
def _distributions() -> dict[str, list[str]]:
    """Each top-level module's distributions, read once per process (every installed
    distribution's metadata: asked only where a migration imports from outside)."""
    return metadata.packages_distributions()
