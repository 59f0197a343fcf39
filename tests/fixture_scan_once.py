"""Each plugin's fixtures found once per process, not once per in-process pytester run.

Every ``pytest.main`` hands each plugin it registers (pytest's own forty modules and
objects, the harness's, syrupy's, xdist's...) to ``FixtureManager.parsefactories``, which
looks at every name the plugin holds, imports included, for a fixture: some 2,600 names,
about 15 ms CPU per run, the same modules and classes at every run of the suite. A plugin
whose names are what they were at its first scan holds the same fixtures, so a later run
scans only those: pytest's own scan, of a stand-in module holding the plugin's fixtures
(the same objects, bound to this run's instance where the plugin is one), registered for
the same node. Whatever else a plugin holds (a wrapped fixture, which pytest warns about,
a module's ``__getattr__``, a class with a metaclass of its own) is scanned whole, as is
any call of another shape (conftests, test modules and classes).
"""

from __future__ import annotations

import abc
import inspect
import types
from dataclasses import dataclass

import pytest
from _pytest import fixtures

PARSE = fixtures.FixtureManager.parsefactories
DEFINITION = getattr(fixtures, "FixtureFunctionDefinition", None)  # pytest >= 8.4
PLAIN_TYPES = (type, abc.ABCMeta)


@dataclass(frozen=True)
class _Scanned:
    """What a plugin held at its first scan (every name of each dict pytest reads, and
    its value), and which of those names are its fixtures (None: scanned whole)."""

    owners: tuple[object, ...]  # the module, or the plugin's class and its bases
    contents: tuple[tuple[tuple[str, ...], tuple[object, ...]], ...]
    fixtures: tuple[str, ...] | None

    def unchanged(self) -> bool:
        now = _contents(self.owners)
        return all(
            names == kept_names and all(a is b for a, b in zip(values, kept, strict=True))
            for (names, values), (kept_names, kept) in zip(now, self.contents, strict=True)
        )


_SCANNED: dict[int, _Scanned] = {}  # by id of the plugin's module or class, kept alive here


def _owners(holder: object) -> tuple[object, ...] | None:
    """The dicts pytest reads a plugin's fixtures from; None for a plugin scanned whole."""
    if isinstance(holder, types.ModuleType):
        held = vars(holder)
        return None if "__getattr__" in held or "__dir__" in held else (holder,)
    if isinstance(holder, type) or type(type(holder)) not in PLAIN_TYPES:
        return None
    return type(holder).__mro__


def _contents(owners: tuple[object, ...]) -> tuple[tuple[tuple[str, ...], tuple[object, ...]], ...]:
    return tuple((tuple(vars(o)), tuple(vars(o).values())) for o in owners)


def _scanned(owners: tuple[object, ...]) -> _Scanned:
    """The plugin's fixtures by name, as its class's attribute lookup finds them first;
    whole where a value wraps one (pytest unwraps it, and warns) or cannot be unwrapped."""
    found: dict[str, bool] = {}
    whole = False
    for owner in owners:
        for name, value in vars(owner).items():
            is_fixture = type(value) is DEFINITION
            whole = whole or (not is_fixture and _may_wrap_a_fixture(value))
            found.setdefault(name, is_fixture)
    names = None if whole else tuple(sorted(n for n, is_fixture in found.items() if is_fixture))
    return _Scanned(owners, _contents(owners), names)


def _may_wrap_a_fixture(value: object) -> bool:
    try:
        inner = inspect.unwrap(value, stop=lambda o: type(o) is DEFINITION)  # type: ignore[arg-type]
    except Exception:  # a loop, an object raising on attribute access: pytest's to judge
        return True
    return type(inner) is DEFINITION


def _parse_known_plugins(self, *args, **kwargs) -> None:
    holder, node = kwargs.get("holder"), kwargs.get("node")
    owners = _owners(holder) if set(kwargs) == {"holder", "node"} and not args else None
    if owners is None or not isinstance(node, pytest.Session):
        return PARSE(self, *args, **kwargs)
    scanned = _SCANNED.get(id(owners[0]))
    if scanned is None or not scanned.unchanged():
        PARSE(self, holder=holder, node=node)
        _SCANNED[id(owners[0])] = _scanned(owners)
    elif scanned.fixtures is None:
        PARSE(self, holder=holder, node=node)
    elif scanned.fixtures:
        stand_in = types.ModuleType(getattr(holder, "__name__", type(holder).__name__))
        vars(stand_in).update((name, getattr(holder, name)) for name in scanned.fixtures)
        PARSE(self, holder=stand_in, node=node)
    return None


def scan_plugins_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test: runs find each unchanged plugin's fixtures as its first
    scan did (where pytest names the holder and node; any other pytest scans as it does)."""
    if DEFINITION is not None:
        monkeypatch.setattr(fixtures.FixtureManager, "parsefactories", _parse_known_plugins)
