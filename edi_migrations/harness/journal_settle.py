"""Starts in the app's journal mode, for a project whose ``connect`` turns WAL on.

``PRAGMA journal_mode = WAL`` in an app's connect rewrites a rollback-journal file's
header (the mode's bytes 18-19, the change counter) the first time it opens it, and
never again. The harness builds its starts itself, in rollback mode, then keeps their
digests and compares files byte for byte (the atomicity and re-run checks, kept
copies): the first open through the app's connect "changed" every start, and a read-only
open through it could not even switch the mode. Two ways were weighed:

- keep the harness's own reads and copies from changing the mode, and let only the
  runner calls use the connect whole: but the runner call under test then switches the
  mode itself, so the atomicity check would see a failed migration change the header,
  and a read-only connection through the connect still cannot open a rollback file;
- make every start as every real file of that app is: opened once through the connect
  before its digest is taken. Later opens, read-only ones included, change nothing
  (the mode is already WAL); a writer closing last checkpoints an empty ``-wal`` and
  removes it, a reader leaves an empty one, which holds no commit
  (:func:`edi_migrations.harness.template_keys.content_digest` counts it as absent).

The second is what is done here: a template is settled before it is published
(:mod:`edi_migrations.harness.template_store`), so every copy of it is already in the
app's mode, and so is a version-0 start (an empty file: the app's connect makes it a
WAL database of no table). It is done only where the probe found that the connect
changes nothing but the journal mode (a connect that writes a table or a row still
stops the run: :mod:`edi_migrations.harness.connect_probe`), and never to a file with a
``-wal`` or ``-journal`` beside it: a shape whose commits live in its ``-wal``, or a hot
journal, is kept as built (an open would checkpoint or roll it back).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edi_migrations.integrity.gate import says_wal
from edi_migrations.sqlite.dbapi import sqlite3

MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("", "-wal", "-shm", "-journal")
_active: list[bool] = [False]


def only_turns_wal_on(scratch: Path) -> bool:
    """Whether ``scratch`` (an empty file the app's connect opened and closed) and what
    lies beside it are byte for byte a plain connection's empty file turned to WAL, with
    the page size the connect set before (``PRAGMA page_size = 8192`` then WAL: the first
    write lays the file out so, a setting, no table or row)."""
    folder = Path(tempfile.mkdtemp(prefix="migrations-wal-twin-"))
    try:
        twin = folder / scratch.name
        twin.touch()
        conn = sqlite3.connect(twin)
        try:
            for pragma in _layout(scratch):
                conn.execute(pragma)
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        return family(scratch) == family(twin)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _layout(db: Path) -> tuple[str, ...]:
    """The page size ``db``'s header says, as the PRAGMA setting it on an empty file (none
    where it holds no header). Not auto-vacuum: set on the harness's starts, made without
    it, a read-only open through that connect is refused ("attempt to write a readonly
    database"), so such a connect is still stopped by the probe."""
    head = db.read_bytes()[:100]
    if len(head) < 100 or not head.startswith(MAGIC):
        return ()
    size = int.from_bytes(head[16:18], "big")
    return (f"PRAGMA page_size = {65536 if size == 1 else size}",)


def family(db: Path) -> dict[str, bytes]:
    """``db`` and its side files (``-wal``, ``-shm``, ``-journal``), by name: not another
    file beside it that the connect opened (an ``archive.db`` it attaches), which the
    checks never compare and which read as "a setting the file keeps"; nor one whose name
    merely begins with ``db``'s (an ``app.db.archive`` it attaches)."""
    named = (db.parent / f"{db.name}{side}" for side in SIDE_FILES)
    return {p.name: p.read_bytes() for p in named if p.is_file()}


@contextmanager
def settling(wal: bool) -> Iterator[None]:
    """Inside the block, :func:`settle` opens starts through the run's connect when
    ``wal`` (the project's connect turns WAL on)."""
    _active.append(wal)
    try:
        yield
    finally:
        _active.pop()


def settle(path: Path) -> Path:
    """``path`` opened once through the run's connect where that turns WAL on and the
    file is not in WAL yet (a database, or an empty file); ``path``."""
    if not _active[-1] or not _plain(path):
        return path
    from edi_migrations.harness.connect import connect

    connect(str(path)).close()
    return path


def _plain(path: Path) -> bool:
    """A database (or empty file) in rollback mode with no side file holding commits."""
    if any(Path(f"{path}{side}").exists() for side in ("-wal", "-journal")):
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return False
    return head == b"" or (head.startswith(MAGIC) and not says_wal(head))
