"""A migration's ``CHANGES`` and ``DOWNGRADE_CHANGES`` read as a tuple of declarations.

``CHANGES = (RenameTable("a", "b"))`` is one declaration, not a tuple (the comma that
makes one is missing): every command raised a TypeError from ``tuple()``, and pytest
printed a traceback. One declaration is taken as itself; anything else that is not
declarations (a class not called, a string, a number) is refused naming the file, the
name and the item, as the rest of a migration file is.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

from edi_migrations import changes as ch
from edi_migrations.errors import BadMigrationsFolder

_KINDS: tuple[type, ...] = tuple(getattr(ch.Change, "__args__", ()))


def declared(module: ModuleType, name: str, path: Path) -> tuple[ch.Change, ...]:
    """``module``'s ``name`` (``CHANGES``...) as a tuple of declarations, or refused."""
    value = getattr(module, name, ())
    if isinstance(value, _KINDS):
        return (value,)  # one declaration, written without the comma of a tuple

    def refuse(why: str) -> BadMigrationsFolder:
        return BadMigrationsFolder(path.parent, f"{path.name}: {name}: {why}")

    if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
        raise refuse(f'{value!r} is not a tuple of declarations, e.g. (DropColumn("t", "c"),)')
    items = tuple(value)
    for i, item in enumerate(items, start=1):
        if isinstance(item, type) and item in _KINDS:
            raise refuse(
                f"{item.__name__} is a declaration's class: call it, e.g. "
                f"{item.__name__}({_example(item)})"
            )
        if not isinstance(item, _KINDS):
            raise refuse(
                f"item {i} is {item!r}, not a declaration (edi_migrations.changes: "
                "DropColumn(...), Backfill(...), ...)"
            )
    return items


def _example(kind: type) -> str:
    """The required arguments of declaration ``kind``, as placeholders."""
    needed = [
        f.name
        for f in dataclasses.fields(kind)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    return ", ".join(f'"{n}"' for n in needed)
