"""Another tool's folder refused as before, but an unchanged folder read for it only once.

A stepwise walk calls the runner once a step, and each load read every migration's text
for Alembic's and Django's marks (``foreign_folder``): the inner loop's 33 checks loaded
one folder 83 times, a fifth of their discovery. A folder that passed is remembered by
what that verdict follows from: its path, its entries' names, each migration file's
inode, size and times (the change time moves on every write, whatever the mtime says),
and whether an ``env.py`` stands beside it. A refusal is never remembered: it is raised
again by reading, with the same message.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path

from edi_migrations.runner.foreign_folder import refuse_foreign

KEPT = 64  # folder states remembered per process (a suite loads many small folders)

_PASSED: OrderedDict[tuple[object, ...], None] = OrderedDict()


def refuse_foreign_once(folder: Path, found: tuple[Path, ...]) -> None:
    """``refuse_foreign(folder, found)``, skipped where this folder passed in this state."""
    state = _state(folder, found)
    if state in _PASSED:
        _PASSED.move_to_end(state)
        return
    refuse_foreign(folder, found)
    _PASSED[state] = None
    while len(_PASSED) > KEPT:
        _PASSED.popitem(last=False)


def _state(folder: Path, found: tuple[Path, ...]) -> tuple[object, ...]:
    entries = sorted((path.name, _stamp(path)) for path in found)
    return str(folder), tuple(entries), (folder.parent / "env.py").is_file()


def _stamp(path: Path) -> tuple[int, ...] | None:
    """What moves when a file ``foreign_folder`` reads is written (None: one it skips)."""
    if path.suffix != ".py" or path.name.startswith("_"):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mode, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns
