"""The files a project's app writer reads as it fills a start: inputs of its template.

A project's ``edi_migrations_app_writes`` may fill a start from data files of its own
(``tests/notes.json``). The template is keyed by the writer's code, not by what it read,
so after an edit of such a file every later run copied the template the old file had
made, with its kept verdicts (``--verdicts=run`` too). The files the writer opens under
the rootdir while it fills a template (an audit hook, which only notes while a template
is filled) are kept beside the template (``.reads-KEY``), with their digest then: a
template whose files read have other bytes now is built again, and a kept verdict's key
holds their digest (:func:`digest_now`). Code (``.py``) and hidden folders (pytest's
cache, ``.git``) are left out: code is keyed as such.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from edi_migrations.harness import template_keys

_NOTING: list[set[str]] = []  # what ``open`` was called on, while a template is filled
_HOOKED: list[bool] = []


def _note(event: str, args: tuple) -> None:
    if _NOTING and event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        _NOTING[-1].add(os.fsdecode(args[0]))


@contextmanager
def noting(store: Path, key: str, rootdir: Path) -> Iterator[None]:
    """While inside, the files opened are noted; after, the project's ones (under
    ``rootdir``, no code, nothing hidden) are kept for ``key`` with their digest."""
    if not _HOOKED:
        sys.addaudithook(_note)  # for the process: a hook cannot be removed
        _HOOKED.append(True)
    _NOTING.append(set())
    try:
        yield
    finally:
        opened = _NOTING.pop()
    read = sorted({name for name in map(_relative(rootdir), opened) if name})
    sidecar(store, key).write_text("\n".join([_digest(rootdir, read), *read]), encoding="utf-8")


def digest_now(store: Path, key: str, rootdir: Path) -> str:
    """The digest of the files the template of ``key`` was filled from, as they are now
    ("-" where none was noted)."""
    kept = _kept(store, key)
    return _digest(rootdir, kept[1]) if kept else "-"


def drop_if_stale(store: Path, key: str, rootdir: Path) -> None:
    """Remove the template of ``key`` where a file it was filled from has changed since
    (a concurrent run removing it first: nothing to do)."""
    kept = _kept(store, key)
    if kept is None or kept[0] == _digest(rootdir, kept[1]):
        return
    gone = store / f".evicting-{key}-{os.getpid()}"
    try:
        os.rename(store / key, gone)
    except OSError:
        return
    shutil.rmtree(gone, ignore_errors=True)
    for name in (f".digest-{key}", sidecar(store, key).name):
        (store / name).unlink(missing_ok=True)


def sidecar(store: Path, key: str) -> Path:
    return store / f".reads-{key}"


def _kept(store: Path, key: str) -> tuple[str, list[str]] | None:
    try:
        found, *read = sidecar(store, key).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    return found, read


def _relative(rootdir: Path):
    def of(name: str) -> str | None:
        path = Path(os.path.abspath(name))
        if not path.is_relative_to(rootdir) or path.suffix in (".py", ".pyc"):
            return None
        parts = path.relative_to(rootdir).parts
        hidden = any(part.startswith(".") or part == "__pycache__" for part in parts)
        return None if hidden or not path.is_file() else path.relative_to(rootdir).as_posix()

    return of


def _digest(rootdir: Path, read: list[str]) -> str:
    try:
        return template_keys.source_digest((rootdir / name for name in read), root=rootdir)
    except OSError:
        return "gone"
