"""Lists of migration names in one line a terminal can show.

``baseline`` records every migration up to the version it is given: at v100 its line
named 100 migrations. Past a few, the line names the first and the last and counts
them; ``edi-migrate history DB`` lists each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from edi_migrations.shell_words import shell_arg

if TYPE_CHECKING:
    from edi_migrations.runner.baseline import Baselined

NAMED_WHOLE = 6  # a list this long or shorter is shown name by name


def listed(names: Sequence[str], database: str) -> str:
    """The names, or for a long list its ends, its count and where each is listed."""
    if len(names) <= NAMED_WHOLE:
        return ", ".join(names)
    return (
        f"{len(names)} migrations, {names[0]} … {names[-1]} "
        f"(edi-migrate history {database} lists each)"
    )


def baselined(done: Baselined) -> str:
    """What ``baseline`` prints: the version, what it recorded, the next command."""
    path = shell_arg(done.path)
    return (
        f"{done.path}: baselined at v{done.version}; recorded, not run: "
        f"{listed(done.migrations, path)}\nnext: edi-migrate upgrade {path}"
    )
