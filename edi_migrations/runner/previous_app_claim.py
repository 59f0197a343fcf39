"""A migration's ``KEEPS_PREVIOUS_APP = True``: the app one version back keeps working on
what it leaves, so that app's build may start on the file (it leaves it as it is).

The claim is read at discovery and held to the proof by the harness's previous-app check;
a migration that claims it and declares ``BreaksPreviousApp`` says two opposite things,
and is refused naming its file rather than trusted either way.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from edi_migrations import changes as ch
from edi_migrations.errors import BadMigrationsFolder

NAME = "KEEPS_PREVIOUS_APP"


def claims(module: ModuleType, path: Path, changes: tuple[ch.Change, ...]) -> bool:
    """``module``'s claim (False when it makes none), or refused naming ``path``."""
    value = getattr(module, NAME, False)
    if not isinstance(value, bool):
        raise BadMigrationsFolder(
            path.parent, f"{path.name}: {NAME} must be True or False, not {value!r}"
        )
    breaks = [c for c in changes if isinstance(c, ch.BreaksPreviousApp)]
    if value and breaks:
        raise BadMigrationsFolder(
            path.parent,
            f"{path.name}: {NAME} = True says the app one version back keeps working, but "
            f"its CHANGES declare BreaksPreviousApp({breaks[0].reason!r}); keep one of them",
        )
    return value
