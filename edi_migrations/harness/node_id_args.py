"""A built-in check's id pasted back: ``pytest 'migrations::test_upgrade_path[v1->v2]'``.

The checks stand at the migrations folder's place in the tree (collect.py), so pytest
prints their ids with the folder where a test file would be, and refuses such an id given
back ("directory argument cannot contain :: selection parts"): the one thing a newcomer
copies from a failing run. Read here as pytest reads a test file's id: the argument
becomes the folder (which collects the checks), and only the checks it names are kept,
each of its paths where it names a check without one. An id no check has is refused
naming it, as pytest refuses an id its file lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations.harness import collect, settings


@dataclass(frozen=True)
class Named:
    """One pasted id: as typed, and what follows the folder (``test_upgrade_path`` and
    ``[v1->v2]``, or no parametrization: every path of the check)."""

    arg: str
    parts: tuple[str, ...]
    parametrization: str | None

    def selects(self, item: pytest.Item) -> bool:
        """Whether this id names ``item``, one of the built-in checks."""
        module = item.parent.nodeid if item.parent else ""
        return self.names(item.nodeid[len(module) + 2 :])

    def names(self, rest: str) -> bool:
        """Whether this id names the check whose id is ``rest`` after the folder's ``::``."""
        wanted = "::".join(self.parts) + (self.parametrization or "")
        if self.parametrization is not None:
            return rest == wanted
        return rest == wanted or rest.startswith((f"{wanted}[", f"{wanted}::"))


@dataclass(frozen=True)
class Pasted:
    """The ids pasted, and the other arguments' paths (what else the run collects)."""

    named: tuple[Named, ...]
    others: tuple[Path, ...]


PASTED = pytest.StashKey[Pasted]()


def _split(arg: str) -> tuple[str, tuple[str, ...], str | None]:
    """``path``, its ``::`` parts and its ``[...]``, as pytest splits an argument."""
    base, bracket, rest = arg.partition("[")
    path, *parts = base.split("::")
    return path, tuple(parts), f"{bracket}{rest}" if bracket else None


def take_pasted_ids(config: pytest.Config) -> None:
    """Each argument naming a check of the migrations folder by id becomes the folder
    (once), what it named kept for :func:`keep_named`; every other argument stays. An
    argument naming the folder itself, or one above it, asks for every check: then none
    is left out."""
    folder = settings.migrations_dir(config)
    if folder is None:
        return
    started = config.invocation_params.dir
    named: list[Named] = []
    args: list[str] = []
    others: list[Path] = []
    for arg in config.args:
        path, parts, parametrization = _split(arg)
        if not parts or (started / path).resolve() != folder:
            args.append(arg)
            others.append((started / path).resolve())
            continue
        named.append(Named(arg, parts, parametrization))
        if path not in args:
            args.append(path)
    if not named:
        return
    config.args[:] = args
    if not any(folder.is_relative_to(other) for other in others):
        config.stash[PASTED] = Pasted(tuple(named), tuple(others))


def keep_named(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Only the checks the pasted ids name, and what the other arguments collected; an
    id naming no check is a usage error, naming it."""
    pasted = config.stash.get(PASTED, None)
    if pasted is None:
        return
    folder = settings.require_migrations_dir(config)
    kept = [item for item in items if _wanted(item, pasted, folder)]
    if not hasattr(config, "workerinput"):  # a worker may not end the run: its controller says
        checks = [item for item in kept if _is_check(item)]
        for one in pasted.named:
            if not any(one.selects(item) for item in checks):
                raise pytest.UsageError(_not_found(one))
    items[:] = kept


def check_worker_ids(config: pytest.Config, ids: Sequence[str]) -> None:
    """xdist's controller, handed what a worker collected: an id naming no check ends the
    run as it does without workers (a worker raising it crashed the run instead)."""
    pasted = config.stash.get(PASTED, None)
    if pasted is None:
        return
    module = collect.builtin_nodeid(config) + "::"
    rests = [nodeid[len(module) :] for nodeid in ids if nodeid.startswith(module)]
    for one in pasted.named:
        if not any(one.names(rest) for rest in rests):
            pytest.exit(_not_found(one), returncode=pytest.ExitCode.USAGE_ERROR)


def _not_found(one: Named) -> str:
    return f"not found: {one.arg} (no built-in check has that id; pytest --co -q lists them)"


def _is_check(item: pytest.Item) -> bool:
    return getattr(item.parent, "builtin_checks", False)


def _wanted(item: pytest.Item, pasted: Pasted, folder: Path) -> bool:
    """A check a pasted id names; a test another argument collected (a test file inside
    the folder came with it only where another argument names that file)."""
    if _is_check(item):
        return any(one.selects(item) for one in pasted.named)
    inside = item.path.is_relative_to(folder)
    return not inside or any(item.path.is_relative_to(other) for other in pasted.others)
