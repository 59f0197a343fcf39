"""How carefully a run goes: the keyword-only options of ``upgrade``, ``downgrade`` and ``init``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TypedDict

from edi_migrations.runner.connection import Trace
from edi_migrations.runner.progress import Progress
from edi_migrations.sqlite.opener import Connect


@dataclass(frozen=True)
class Options:
    """How carefully to run; the defaults are the safe ones."""

    backup: bool = True
    backup_dir: str | Path | None = None
    allow_drift: bool = False
    allow_changed: bool = False
    busy_timeout: float = 5.0
    progress: Progress | None = None
    trace: Trace | None = field(default=None, repr=False)
    # the app's connect(database, **kw): its collations and functions on every connection
    connect: Connect | None = field(default=None, repr=False)


class RunOptions(TypedDict, total=False):
    """The keyword options ``upgrade``, ``downgrade`` and ``init`` take: ``Options``'
    fields, for type checkers (``**options: Unpack[RunOptions]``)."""

    backup: bool
    backup_dir: str | Path | None
    allow_drift: bool
    allow_changed: bool
    busy_timeout: float
    progress: Progress | None
    trace: Trace | None
    connect: Connect | None


def options_from(function: str, given: dict[str, object]) -> Options:
    """``Options`` from a public function's keywords; an unknown one is a TypeError
    naming the function and the keywords it takes, as Python's own would."""
    known = {f.name for f in fields(Options)}
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError(
            f"{function}() got an unexpected keyword argument {unknown[0]!r} "
            f"(it takes {', '.join(sorted(known))})"
        )
    return Options(**given)  # type: ignore[arg-type]
