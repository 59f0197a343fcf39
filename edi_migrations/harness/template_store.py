"""Template databases kept between runs: one folder per key, published whole by a rename.

Building a start database is the slow part of a run; its bytes follow from its key
(:mod:`edi_migrations.harness.template_keys`), so a template of a key is built once and
then only copied, in this run and the next ones. The store is pytest's cache folder
(``.pytest_cache/d/edi-migrations-templates``) unless ``-p no:cacheprovider`` turns that
off: then it is this session's tmp, as before. A build happens in a scratch folder (RAM
tmp: no fsync per COMMIT), is copied into a hidden staging folder of the store and renamed
into place, so a half-built template is never seen; xdist workers wanting the same key
wait on one lock instead of building it twice. Old keys are evicted at the end of a run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.harness import copy_digests, journal_settle
from edi_migrations.harness.db_copies import copy_database

try:  # POSIX; elsewhere two workers may build one key twice (the rename still decides)
    import fcntl
except ImportError:  # pragma: no cover - not on Linux
    fcntl = None

CACHE_NAME = "edi-migrations-templates"  # under .pytest_cache/d/
DB_NAME = "template.db"
HIDDEN = "."  # staging folders, locks, kept digests, folders being evicted
KEEP_UNUSED = 32  # keys not used by the last run that are kept (newest use first)
# ... and any key used within this many seconds: a partial run (``--upgrade-path``, ``-k``)
# uses a few keys of a long chain, and must not throw away the hundreds the full run
# will want back; a local run keeps its seed a day, so yesterday's keys are stale anyway
KEEP_RECENT = 24 * 3600

Build = Callable[[Path], object]  # writes the database at the path it is given


@dataclass(frozen=True)
class TemplateStore:
    """Templates under ``root`` (one folder per key); builds happen under ``scratch``
    (None: in a staging folder of ``root`` itself)."""

    root: Path
    scratch: Path | None = None
    db_name: str = DB_NAME

    def template(self, key: str, build: Build) -> Path:
        """The template of ``key``, built by ``build(path)`` if no run has built it yet
        (read it only by copying: opening a WAL template would checkpoint it)."""
        folder = self.root / key
        path = folder / self.db_name
        if not path.exists():
            with _lock(self.root, key):
                if not path.exists():  # another worker may have built it while we waited
                    self._publish(folder, build)
        _touch(folder)
        return path

    def copy(self, key: str, build: Build, dest: Path) -> Path:
        """A private copy of the template of ``key`` at ``dest``."""
        try:
            source = self.template(key, build)
            copy_database(source, dest)
        except FileNotFoundError:  # another run evicted it between the check and the copy
            source = self.template(key, build)
            copy_database(source, dest)
        # the start's digest, without reading it again (nor, next run, the template)
        copy_digests.copied(source, dest, self.root / f"{HIDDEN}digest-{key}")
        return dest

    def copy_kept(self, key: str, dest: Path) -> Path | None:
        """A private copy at ``dest`` of what a run kept under ``key``; None when no run
        kept it (or another run evicted it meanwhile): nothing is built here."""
        folder = self.root / key
        try:
            copied = copy_database(folder / self.db_name, dest)
        except FileNotFoundError:
            return None
        _touch(folder)
        return copied

    def built_keys(self) -> set[str]:
        """The keys the store holds (a test counts builds by what appears here)."""
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.iterdir() if _is_template(p, self.db_name)}

    def _publish(self, folder: Path, build: Build) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{HIDDEN}building-", dir=self.root))
        try:
            if self.scratch is None:
                build(staging / self.db_name)
                journal_settle.settle(staging / self.db_name)  # in the app's journal mode
            else:
                self.scratch.mkdir(parents=True, exist_ok=True)
                work = Path(tempfile.mkdtemp(prefix=f"{folder.name[:40]}-", dir=self.scratch))
                build(work / self.db_name)
                journal_settle.settle(work / self.db_name)  # in the app's journal mode
                copy_database(work / self.db_name, staging / self.db_name)
                shutil.rmtree(work)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            os.rename(staging, folder)  # atomic: the folder appears whole or not at all
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not (folder / self.db_name).exists():
                raise
            # without a lock, another process published the same key first: use that one


def evict(
    root: Path, used_since: float, keep_unused: int = KEEP_UNUSED, keep_recent: float = KEEP_RECENT
) -> list[str]:
    """Remove the keys not used since ``used_since`` beyond the ``keep_unused`` most
    recently used of their kind (a key's first word: ``edi``, ``schema``, ``snapshot``...,
    so that many small derived keys never push a template out) unless used within
    ``keep_recent`` seconds, and any staging left by a killed build; return the keys
    removed. Each entry is listed and stat'ed once (a store holds hundreds of keys)."""
    if not root.is_dir():
        return []
    unused: dict[str, list[tuple[float, str]]] = {}
    with os.scandir(root) as listing:
        for item in listing:
            if item.name.startswith(f"{HIDDEN}building-"):
                if _older_than(Path(item.path), used_since):
                    shutil.rmtree(item.path, ignore_errors=True)
            elif not item.name.startswith(HIDDEN) and item.is_dir():
                mtime = item.stat().st_mtime
                if mtime < used_since:
                    unused.setdefault(item.name.split("-")[0], []).append((mtime, item.name))
    beyond = []
    recent = time.time() - keep_recent
    for entries in unused.values():
        entries.sort(key=lambda e: e[0], reverse=True)
        beyond += [root / name for mtime, name in entries[keep_unused:] if mtime < recent]
    removed = []
    for entry in beyond:
        gone = root / f"{HIDDEN}evicting-{entry.name}"
        try:
            os.rename(entry, gone)  # a concurrent run sees it absent, never half-deleted
        except OSError:
            continue
        shutil.rmtree(gone, ignore_errors=True)
        (root / f"{HIDDEN}lock-{entry.name}").unlink(missing_ok=True)
        (root / f"{HIDDEN}digest-{entry.name}").unlink(missing_ok=True)
        (root / f"{HIDDEN}reads-{entry.name}").unlink(missing_ok=True)  # writer_reads
        removed.append(entry.name)
    return removed


@contextmanager
def _lock(root: Path, key: str) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f"{HIDDEN}lock-{key}", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _touch(folder: Path) -> None:
    """Mark a key used now (eviction keeps what the last run used)."""
    try:
        os.utime(folder)
    except FileNotFoundError:
        pass


def _older_than(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime < moment
    except FileNotFoundError:
        return False


def _is_template(entry: Path, db_name: str) -> bool:
    return not entry.name.startswith(HIDDEN) and (entry / db_name).exists()


def run_started() -> float:
    """The moment a run starts, for :func:`evict` (a little early: coarse mtimes)."""
    return time.time() - 2
