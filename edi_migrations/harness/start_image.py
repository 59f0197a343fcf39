"""The start a re-run is compared against, kept on disk rather than in memory.

The re-run check compares a database's pages before and during a re-run
(:mod:`edi_migrations.harness.rerun_reads`). At a long chain's head a worker held those
pages whole three times while a migration ran again (the start's serialized bytes, the
re-run's, the start deserialized to read its rows back): a worker's peak, and memory the
allocator kept once freed. Here the start's pages, exactly as the connection served them,
go to a private file as soon as they are read; the re-run's are compared with it a
range of pages at a time, the page map of its tables is read from it, and where rows
must be compared the start is opened from it (a read, nothing written). The file is
removed when the check is done, or when the start is dropped unread (a timeout).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.harness.connect import Connect, connect
from edi_migrations.harness.page_owners import HEADER, PageMap, map_of, tables_of
from edi_migrations.sqlite.dbapi import sqlite3

CHUNK_PAGES = 64  # pages read from the start's file at a time
KEPT_MAPS = 2  # page maps of recent starts (the re-runs of one start follow each other)
_maps: OrderedDict[bytes, PageMap | None] = OrderedDict()


@dataclass(frozen=True)
class StartImage:
    """A start's pages in a private file (``size`` bytes), removed with this object."""

    path: Path
    size: int
    _remove: list[weakref.finalize] = field(default_factory=list, compare=False, repr=False)

    def remove(self) -> None:
        for finalizer in self._remove:
            finalizer()


def keep(pages: bytes) -> StartImage:
    """``pages`` in a new private file (the caller drops its bytes)."""
    handle, name = tempfile.mkstemp(prefix="rerun-start-", suffix=".db")
    with os.fdopen(handle, "wb") as out:
        out.write(pages)
    image = StartImage(Path(name), len(pages))
    image._remove.append(weakref.finalize(image, _unlink, name))
    return image


def same_pages(image: StartImage, during: bytes) -> bool:
    """Whether ``during`` is the start's image byte for byte."""
    if len(during) != image.size:
        return False
    step = CHUNK_PAGES * 4096
    seen = memoryview(during)
    with image.path.open("rb") as source:
        for offset in range(0, image.size, step):
            if source.read(step) != seen[offset : offset + step]:
                return False
    return True


def changed_tables(image: StartImage, during: bytes) -> frozenset[str] | None:
    """``page_owners.changed_tables`` of the start on disk and the re-run's pages: the
    tables whose rows may differ; None when every table must be read."""
    pages = page_map(image)
    if pages is None or image.size % pages.page_size:
        return None
    with image.path.open("rb") as source:
        if source.read(HEADER)[16:18] != during[16:18]:
            return None
        return tables_of(_differing(source, during, image.size, pages.page_size), pages)


def page_map(image: StartImage) -> PageMap | None:
    """The start's page map, read from its file once per content (a few kept)."""
    key = _digest(image.path)
    if key not in _maps:
        while len(_maps) >= KEPT_MAPS:
            _maps.popitem(last=False)
        with opened(image, sqlite3.connect) as conn:  # no project function needed
            _maps[key] = map_of(conn)
    _maps.move_to_end(key)
    return _maps[key]


def opened(image: StartImage, factory: Connect = connect) -> closing[sqlite3.Connection]:
    """The start, read-only from its file, with the run's factory (the project's functions
    and collations, as reading its rows needs them), closed on leaving the block."""
    return closing(factory(f"{image.path.resolve().as_uri()}?mode=ro", uri=True))


def _differing(source: object, during: bytes, size: int, page: int) -> Iterator[int]:
    """The numbers of the pages that differ (page 1 past its header only), reading the
    start's file (positioned past the header) a range of pages at a time."""
    seen = memoryview(during)
    first = source.read(page - HEADER)  # type: ignore[attr-defined]
    if first != seen[HEADER:page]:
        yield 1
    end = min(size, len(during))
    for offset in range(page, end, CHUNK_PAGES * page):
        chunk = memoryview(source.read(CHUNK_PAGES * page))  # type: ignore[attr-defined]
        for at in range(0, min(len(chunk), end - offset), page):
            if chunk[at : at + page] != seen[offset + at : offset + at + page]:
                yield (offset + at) // page + 1


def _digest(path: Path) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as source:
        while block := source.read(1 << 16):
            digest.update(block)
    return digest.digest()


def _unlink(name: str) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(name + side)
        except FileNotFoundError:
            pass
