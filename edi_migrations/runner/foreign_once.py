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

from collections import OrderedDict

from edi_migrations.runner.folder_listing import Listing, suffix
from edi_migrations.runner.foreign_folder import refuse_foreign

KEPT = 64  # folder states remembered per process (a suite loads many small folders)

_PASSED: OrderedDict[tuple[object, ...], None] = OrderedDict()


def refuse_foreign_once(listing: Listing) -> None:
    """``refuse_foreign`` of the listed folder, skipped where it passed in this state (each
    file's stat is the listing's: one a file a load)."""
    state = _state(listing)
    if state in _PASSED:
        _PASSED.move_to_end(state)
        return
    refuse_foreign(listing.folder, listing.found())
    _PASSED[state] = None
    while len(_PASSED) > KEPT:
        _PASSED.popitem(last=False)


def _state(listing: Listing) -> tuple[object, ...]:
    folder = listing.folder
    entries = sorted((name, _stamp(listing, name)) for name in listing.names)
    return str(folder), tuple(entries), (folder.parent / "env.py").is_file()


def _stamp(listing: Listing, name: str) -> tuple[int, ...] | None:
    """What moves when a file ``foreign_folder`` reads is written (None: one it skips)."""
    if suffix(name) != ".py" or name.startswith("_"):
        return None
    st = listing.stats.get(name)
    if st is None or isinstance(st, OSError):
        return None
    return st.st_mode, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns
