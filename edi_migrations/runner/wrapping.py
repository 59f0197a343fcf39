"""Run the real runner on a migration whose ``upgrade`` is wrapped, its file untouched.

The harness proves that a failing step is rolled back whole by making the step fail at
its very end. Editing the migration's source to add a ``raise`` breaks valid files (a
final triple-quoted statement, an early return, ``upgrade = helper(...)``); wrapping
the loaded function runs the file exactly as written, and keeps its checksum. Only runs
inside :func:`wrapped_upgrade`, in the same thread or task, see the wrap: every other
call loads the folder as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

M = TypeVar("M", bound=Any)  # a discovery.Migration (not imported: discovery imports this)
Step = Callable[..., None]  # a migration's upgrade(conn)
Wrap = Callable[[Step], Step]


@dataclass(frozen=True)
class _Wrapping:
    folder: Path
    version: int
    wrap: Wrap


_ACTIVE: ContextVar[tuple[_Wrapping, ...]] = ContextVar("edi_migrations_wrapping", default=())


@contextmanager
def wrapped_upgrade(migrations_dir: Path, version: int, wrap: Wrap) -> Iterator[None]:
    """While inside, the runner loads migration ``version`` of ``migrations_dir`` with
    ``wrap(upgrade)`` as its ``upgrade``."""
    wrapping = _Wrapping(Path(migrations_dir).resolve(), version, wrap)
    token = _ACTIVE.set((*_ACTIVE.get(), wrapping))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def applied(folder: Path, migrations: tuple[M, ...]) -> tuple[M, ...]:
    """``migrations`` of ``folder`` (resolved) with the active wraps of its upgrades."""
    wraps = [w for w in _ACTIVE.get() if w.folder == folder]
    if not wraps:
        return migrations
    wrapped = list(migrations)
    for w in wraps:
        if not 1 <= w.version <= len(wrapped):
            raise ValueError(f"{folder}: no migration {w.version} to wrap (head is {len(wrapped)})")
        migration = wrapped[w.version - 1]
        wrapped[w.version - 1] = replace(migration, upgrade=w.wrap(migration.upgrade))
    return tuple(wrapped)
