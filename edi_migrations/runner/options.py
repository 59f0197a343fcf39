"""How carefully a run goes: the keyword-only options of ``upgrade``, ``downgrade`` and ``init``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.runner.connection import Trace
from edi_migrations.runner.progress import Progress


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
