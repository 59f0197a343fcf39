"""The installed-wheel specs' venv, kept between sessions while the wheel would be the same.

Building it (a venv, a wheel built in isolation, pytest and its plugins installed) is
about 4 s, and each xdist worker used to build its own. It is now built once per digest
of what the wheel is built from (the package's files and its metadata), under a lock
every worker takes, and reused until one of those files changes: tests and bytecode do
not count, since they never reach the wheel. On a fresh clone (CI) the build is started
ahead, as soon as a run has collected a spec that needs it (tests/venv_ahead.py): the
specs that came first run meanwhile instead of every worker waiting on the lock.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

PACKAGE = "edi_migrations"
METADATA = ("pyproject.toml", "README.md")  # the project table and its readme
DONE = "built"  # written last: a folder without it is a build that did not finish


def wheel_digest(root: Path) -> str:
    """A digest of every file the wheel is built from, by relative path and content."""
    digest = hashlib.sha256()
    package = sorted(
        p
        for p in (root / PACKAGE).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )
    for path in [*(root / name for name in METADATA), *package]:
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def kept_venv(store: Path, key: str, build: Callable[[Path], None]) -> Path:
    """The python of the venv kept under ``store`` for ``key``, built by ``build(folder)``
    if none finished for it; every other key's venv is removed (one is kept, the newest)."""
    store.mkdir(parents=True, exist_ok=True)
    with (store / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # xdist workers: one builds, the others wait
        folder = store / key
        if not (folder / DONE).exists():
            shutil.rmtree(folder, ignore_errors=True)
            build(folder)
            (folder / DONE).write_text(key)
        for other in store.iterdir():
            if other.is_dir() and other.name != key:
                shutil.rmtree(other, ignore_errors=True)
    return folder / "bin" / "python"


class BuildAhead(threading.Thread):
    """:func:`kept_venv` in a thread of its own; ``error`` is what it raised, if anything
    (kept, not raised: whoever needs the venv calls :func:`kept_venv` again, which waits
    for this build or, after a failure, builds and raises in the spec that needs it)."""

    def __init__(self, store: Path, key: str, build: Callable[[Path], None]) -> None:
        super().__init__(name=f"venv-ahead-{key}", daemon=True)
        self.store, self.key, self.build = store, key, build
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            kept_venv(self.store, self.key, self.build)
        except BaseException as exc:  # noqa: BLE001 - reported by the spec that needs it
            self.error = exc


def build_ahead(store: Path, key: str, build: Callable[[Path], None]) -> BuildAhead:
    """Start building the venv for ``key`` now (see :class:`BuildAhead`)."""
    thread = BuildAhead(store, key, build)
    thread.start()
    return thread
