"""A start's digest, known from its template's without reading the copy again.

Every path check hashes its start twice right after copying it from a template (its kept
verdict's key, its snapshot's key), and the inner loop's 27 paths share a dozen templates:
on a rich database those reads were a tenth of a path's time. A byte copy's digest is its
template's, which is read once per process. What makes the answer safe is the file's
signature, taken when the copy was made and compared on every lookup: each of the database,
its ``-wal`` and ``-journal`` by inode, size and modification time, and the database's
header, whose change counter SQLite moves with every commit of a rollback-journal file (a
WAL file's commits grow its ``-wal``). A file written since is hashed afresh.

A template's digest is also kept in its store (a hidden file beside its key's folder: the
digest and the signature it was taken at), so that the next run's first copy of it does
not read it whole again; the same signature decides whether that kept digest still holds.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from pathlib import Path

from edi_migrations.harness import template_keys

KEPT = 256  # files remembered per process (a session's starts are copied, used, dropped)

Signature = tuple[object, ...]
_KNOWN: OrderedDict[str, tuple[Signature, str]] = OrderedDict()


def signature(path: Path) -> Signature:
    """What moves when anything writes the database or its side files."""
    parts: list[object] = []
    for suffix in template_keys.SIDES:
        try:
            st = os.stat(f"{path}{suffix}")
        except FileNotFoundError:
            parts.append(None)
            continue
        parts.append((st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    with open(path, "rb") as fh:
        parts.append(fh.read(100))
    return tuple(parts)


def digest(path: Path, kept_at: Path | None = None) -> str:
    """``template_keys.content_digest(path)``, from memory where nothing moved since (or
    from the file ``kept_at``, where a process kept it)."""
    key = str(Path(path).resolve())
    now = signature(path)
    known = _KNOWN.get(key)
    if known is not None and known[0] == now:
        _KNOWN.move_to_end(key)
        return known[1]
    found = None if kept_at is None else _kept(kept_at, now)
    if found is None:
        found = template_keys.content_digest(path)
        if kept_at is not None:
            _keep(kept_at, now, found)
    _remember(key, now, found)
    return found


def copied(source: Path, dest: Path, kept_at: Path | None = None) -> None:
    """``dest`` was just copied byte for byte from ``source``: where it has the same side
    files, of the same sizes, its digest is the source's (kept in ``kept_at`` if given)."""
    if not _same_sizes(source, dest):
        return
    _remember(str(Path(dest).resolve()), signature(dest), digest(source, kept_at))


def _kept(kept_at: Path, now: Signature) -> str | None:
    """The digest kept in ``kept_at``, if it was taken at the signature its file has now."""
    try:
        found, taken = kept_at.read_text(encoding="utf-8").split("\n", 1)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return found if taken == repr(now) else None


def _keep(kept_at: Path, now: Signature, found: str) -> None:
    """Write the digest to ``kept_at`` whole (a rename: a concurrent reader sees the old
    file or the new one); a store it cannot write to keeps nothing."""
    scratch = kept_at.with_name(f"{kept_at.name}.{os.getpid()}")
    try:
        scratch.write_text(f"{found}\n{now!r}", encoding="utf-8")
        os.replace(scratch, kept_at)
    except OSError:
        scratch.unlink(missing_ok=True)


def _same_sizes(source: Path, dest: Path) -> bool:
    def sizes(path: Path) -> list[int | None]:
        out: list[int | None] = []
        for suffix in template_keys.SIDES:
            side = Path(f"{path}{suffix}")
            out.append(side.stat().st_size if side.exists() else None)
        return out

    return sizes(source) == sizes(dest)


def _remember(key: str, sig: Signature, found: str) -> None:
    _KNOWN[key] = (sig, found)
    _KNOWN.move_to_end(key)
    while len(_KNOWN) > KEPT:
        _KNOWN.popitem(last=False)
