"""The environment variables the project's migrations read: inputs of what a warm run reuses.

A migration may act on a deployment's setting (``os.environ.get("PURGE_DRAFTS")``): the
same files then make another migration, and a verdict or a copy kept under the files'
key was reused after the setting changed. The migrations' sources, and the project's
modules they import, are read for each variable they name by a constant
(``os.environ["X"]``, ``os.environ.get("X")``, ``os.getenv("X")``, ``environ.get``), and
those variables' values join the key. A name made at run time is not seen: after changing
such a variable, run once with ``--verdicts=run``.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterable
from pathlib import Path

from edi_migrations.harness import template_keys

_GETTERS = frozenset({"getenv", "getenvb"})


def names_read(sources: Iterable[Path]) -> tuple[str, ...]:
    """The variables ``sources`` name by a constant, sorted (an unreadable file: none)."""
    found: set[str] = set()
    for source in sources:
        try:
            tree = ast.parse(source.read_bytes(), filename=str(source))
        except (OSError, SyntaxError, ValueError):
            continue
        found.update(name for node in ast.walk(tree) if (name := _named(node)) is not None)
    return tuple(sorted(found))


def _named(node: ast.AST) -> str | None:
    """The variable ``environ["X"]``, ``environ.get("X")`` or ``getenv("X")`` names."""
    if isinstance(node, ast.Subscript) and _is_environ(node.value):
        key = node.slice
    elif isinstance(node, ast.Call) and node.args:
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        on_environ = isinstance(func, ast.Attribute) and _is_environ(func.value)
        if not (called in _GETTERS or (on_environ and called in ("get", "pop", "setdefault"))):
            return None
        key = node.args[0]
    else:
        return None
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None


def _is_environ(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    return name in ("environ", "environb")


def environment_digest(names: tuple[str, ...]) -> str:
    """The named variables' values now (an unset one told from an empty one)."""
    values = (f"{n}={os.environ[n]!r}" if n in os.environ else f"{n} unset" for n in names)
    return template_keys.short_digest("|".join(values)) if names else "-"
