"""The environment variables the project's migrations read: inputs of what a warm run reuses.

A migration may act on a deployment's setting (``os.environ.get("PURGE_DRAFTS")``): the
same files then make another migration, and a verdict or a copy kept under the files'
key was reused after the setting changed. The migrations' sources, and the project's
modules they import, are read for each variable they name by a constant, or by a name
the same file binds to one (``os.environ["X"]``, ``os.environ.get(X)``, ``os.getenv("X")``,
``"X" in os.environ``, and the same on a copy made by ``dict(os.environ)`` or
``os.environ.copy()``), and those variables' values join the key. A name made at run time
(or held in another module) is not seen: after changing such a variable, run once with
``--verdicts=run``.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.harness import template_keys
from edi_migrations.harness.source_reads import SourceReads

_GETTERS = frozenset({"getenv", "getenvb"})


def names_read(sources: Iterable[Path], reads: SourceReads | None = None) -> tuple[str, ...]:
    """The variables ``sources`` name by a constant, sorted (an unreadable file: none);
    a text read before is not parsed again (``reads``: source_reads)."""
    reads = SourceReads(None) if reads is None else reads
    found: set[str] = set()
    for source in sources:
        found.update(reads.names("environ", source, _named))
    return tuple(sorted(found))


def _named(tree: ast.Module) -> Iterable[str]:
    file = _File.of(tree)
    return (name for node in ast.walk(tree) if (name := file.named(node)) is not None)


@dataclass(frozen=True)
class _File:
    """What one source file names: its string constants (``KEY = "PURGE_DRAFTS"``, read as
    ``os.environ.get(KEY)``) and its copies of the environment (``env = dict(os.environ)``,
    ``os.environ.copy()``, read as ``env.get("X")``)."""

    constants: dict[str, str]
    copies: frozenset[str]

    @classmethod
    def of(cls, tree: ast.AST) -> _File:
        constants: dict[str, str] = {}
        copies: set[str] = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in (t for t in targets if isinstance(t, ast.Name)):
                if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    constants[target.id] = node.value.value
                elif _copies_environ(node.value):
                    copies.add(target.id)
        return cls(constants, frozenset(copies))

    def named(self, node: ast.AST) -> str | None:
        """The variable ``environ["X"]``, ``environ.get("X")``, ``getenv("X")`` or
        ``"X" in environ`` names (X a string, or a name of one)."""
        if isinstance(node, ast.Subscript) and self._environ(node.value):
            key = node.slice
        elif isinstance(node, ast.Compare) and len(node.ops) == 1:
            if not (
                isinstance(node.ops[0], ast.In | ast.NotIn) and self._environ(node.comparators[0])
            ):
                return None
            key = node.left
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            on_environ = isinstance(func, ast.Attribute) and self._environ(func.value)
            if not (called in _GETTERS or (on_environ and called in ("get", "pop", "setdefault"))):
                return None
            key = node.args[0]
        else:
            return None
        if isinstance(key, ast.Name):
            return self.constants.get(key.id)
        return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None

    def _environ(self, node: ast.AST) -> bool:
        return _is_environ(node) or (isinstance(node, ast.Name) and node.id in self.copies)


def _copies_environ(value: ast.AST) -> bool:
    """``dict(os.environ)``, ``os.environ.copy()``: a copy read like the environment."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    if isinstance(func, ast.Name) and func.id == "dict" and len(value.args) == 1:
        return _is_environ(value.args[0])
    return isinstance(func, ast.Attribute) and func.attr == "copy" and _is_environ(func.value)


def _is_environ(node: ast.AST) -> bool:
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
    return name in ("environ", "environb")


def environment_digest(names: tuple[str, ...]) -> str:
    """The named variables' values now (an unset one told from an empty one)."""
    values = (f"{n}={os.environ[n]!r}" if n in os.environ else f"{n} unset" for n in names)
    return template_keys.short_digest("|".join(values)) if names else "-"
