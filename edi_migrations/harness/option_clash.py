"""A project's conftest adding an option the plugin already has (``--migrations-dir``
of its own, written before it adopted the plugin) made pytest raise a bare ValueError
while loading the conftest: a raw traceback. It becomes a usage error naming the option
and what to do: rename the project's own, or read the folder from the plugin's fixture.
"""

from __future__ import annotations

import re

import pytest

_OPTION = re.compile(r"--[\w-]+")


def plugin_options(parser: pytest.Parser, group: str) -> frozenset[str]:
    """Every option string the plugin's group added."""
    return frozenset(n for option in parser.getgroup(group).options for n in option.names())


def usage_error(exc: ValueError, ours: frozenset[str]) -> pytest.UsageError | None:
    """The usage error for ``exc`` when it is an option of ours added again, else None."""
    text = str(exc)
    clashing = sorted({o for o in _OPTION.findall(text) if o in ours})
    if not clashing or not ("already added" in text or "already used" in text):
        return None
    name = clashing[0]
    return pytest.UsageError(
        f"a conftest.py adds {name}, an option the migrations plugin already has "
        f"(pytest: {text}); rename yours (e.g. --app-{name[2:]}), or drop it and read "
        "the folder the checks run on from the edi_migrations_dir fixture (a Path)"
    )
