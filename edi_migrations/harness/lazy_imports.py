"""The project's modules a migration imports as it runs, found without importing them.

What a warm run reuses (fresh installs, stepped starts, kept jump prefixes) is keyed by
the project's modules imported by collection's end (verdict_inputs.beside_the_chain). A
migration that imports the app's code inside ``upgrade()`` (to keep its import cheap, or
out of an import circle) imports it only when it runs, after that: an edit of that module
then passed a warm run on copies the old code had made. So the migrations' sources are
read for every ``import`` they hold, wherever it stands, and each name is looked up as a
file on ``sys.path`` under the rootdir (nothing is imported: a module may act on import),
and so on through what those files import. A name given as a string to
``importlib.import_module`` or ``__import__`` counts as an import.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

from edi_migrations.harness.source_reads import SourceReads
from edi_migrations.harness.template_keys import PACKAGE


def project_files(
    sources: Iterable[Path], rootdir: Path, reads: SourceReads | None = None
) -> list[Path]:
    """The files under ``rootdir`` that ``sources`` import, directly or through each other
    (``sources`` themselves left out), by absolute import; a text read before is not
    parsed again (``reads``: source_reads)."""
    reads = SourceReads(None) if reads is None else reads
    rootdir = rootdir.resolve()
    roots = [
        p for p in _search_path() if p.is_relative_to(rootdir) and "site-packages" not in p.parts
    ]
    found: set[Path] = set()
    todo = list(sources)
    seen = set(todo)
    while todo:
        for path in _imported(todo.pop(), roots, reads):
            if path.is_relative_to(PACKAGE):
                continue  # the harness's own code: keyed as such (template_keys)
            if path not in seen:
                seen.add(path)
                found.add(path)
                todo.append(path)
    return sorted(found)


def _search_path() -> list[Path]:
    out = []
    for entry in sys.path:
        try:
            out.append(Path(entry or ".").resolve())
        except OSError:
            continue
    return out


def _imported(source: Path, roots: list[Path], reads: SourceReads) -> Iterable[Path]:
    for name in reads.names("imports", source, _module_names):
        yield from _files_of(name, roots)


def _module_names(tree: ast.Module) -> Iterable[str]:
    """Every module name an import or an import call of the text names, absolutely."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield from [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        else:  # a call naming a module (a relative import: a helper keyed with the folder)
            yield from _imported_by_name(node)


def imported_names(source: Path) -> list[str]:
    """The modules ``source`` imports by absolute name, wherever the import stands (an
    unreadable file: none)."""
    try:
        tree = ast.parse(source.read_bytes(), filename=str(source))
    except (OSError, SyntaxError, ValueError):
        return []
    return list(_module_names(tree))


def _imported_by_name(node: ast.AST) -> list[str]:
    """The module a call ``import_module("a.b")`` or ``__import__("a.b")`` names."""
    if not isinstance(node, ast.Call) or not node.args:
        return []
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    first = node.args[0]
    if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
        return [first.value] if isinstance(first.value, str) and first.value else []
    return []


def _files_of(name: str, roots: list[Path]) -> Iterable[Path]:
    """The module ``name``'s file and its packages' ``__init__.py`` files, under the first
    root that holds it."""
    parts = name.split(".")
    for root in roots:
        module = root.joinpath(*parts)
        candidates = [module.with_suffix(".py"), module / "__init__.py"]
        hit = next((c for c in candidates if c.is_file()), None)
        if hit is None:
            continue
        packages = [root.joinpath(*parts[:n], "__init__.py") for n in range(1, len(parts))]
        yield from (p.resolve() for p in [*packages, hit] if p.is_file())
        return
