"""Paths as a suggested command must spell them to be pasted into a shell."""

from __future__ import annotations

from pathlib import Path


def shell_arg(path: Path | str) -> str:
    """``my app.db`` -> ``'my app.db'``; a plain path stays as it is."""
    import shlex  # only a refusal that suggests a command needs it

    return shlex.quote(str(path))
