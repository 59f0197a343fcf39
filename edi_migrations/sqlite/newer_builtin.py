"""A "no such function" that is SQLite's own, from a release newer than the running one.

A step written for an app that bundles a newer SQLite (Chromium's cookie store calls
``CONCAT``, SQLite's own from 3.44.0) fails on an older library with the words SQLite
uses for a function only the app registers; pointing at the app's ``connect`` then
misleads. The floor lint's table (:mod:`edi_migrations.lint.features`) knows which release
added each function, so the message can name it and the running one instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from edi_migrations.sqlite.dbapi import sqlite3

if TYPE_CHECKING:
    from edi_migrations.lint.features import Version

_NAMED = re.compile(r"`(\w+)\(`")  # a recognised_by's "`concat(` or `concat_ws(`"
_MISSING = re.compile(r"(?:no such|unknown) function: (\w+)", re.IGNORECASE)


def builtin_functions() -> dict[str, Version]:
    """Each SQL function the floor table names, lower-cased, with the release adding it
    (the table is imported here: only a failed step reads it, the runner's import stays light)."""
    from edi_migrations.lint.features import FEATURES

    return {
        name.lower(): feature.added
        for feature in FEATURES
        if feature.kind == "function"
        for name in _NAMED.findall(feature.recognised_by)
    }


def newer_builtin_hint(exc: BaseException, running: Version | None = None) -> str:
    """The words naming the release that added the missing function, where it is SQLite's
    own and newer than ``running`` (default: the running library's version); empty
    otherwise. ``running`` is an argument so the choice is provable on any library."""
    version = tuple(running) if running is not None else tuple(sqlite3.sqlite_version_info)
    found = _MISSING.match(str(exc))
    added = builtin_functions().get(found.group(1).lower()) if found else None
    if added is None or added <= version:
        return ""
    from edi_migrations.lint.features import version_text

    return (
        f" ({found.group(1)}() is SQLite's own from {version_text(added)}; this SQLite is "
        f"{version_text(version)}: run on a newer one, `MIGRATIONS_SQLITE_MODULE`)"
    )
