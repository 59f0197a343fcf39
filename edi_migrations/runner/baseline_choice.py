"""Which version to adopt a database at when several versions share its schema.

A migration that changes only data (a data fix) leaves its version's fresh install and the
one before it alike; adopting a file whose data never had the fix at the later version
skips the fix for good. An app that counted its versions in ``PRAGMA user_version`` says
which one its file is at; without that the newest is advised, as before, and the words say
which lower one runs the data-only migrations (a fix not safe to repeat must not run twice).
"""

from __future__ import annotations

from dataclasses import dataclass

from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3


@dataclass(frozen=True)
class BaselineChoice:
    version: int
    reason: str  # "" when only one version has the schema


def baseline_choice(
    conn: sqlite3.Connection, alike: list[int], migrations: tuple[Migration, ...]
) -> BaselineChoice:
    """The version to advise among ``alike`` (every version whose fresh install the file's
    schema is), and the words saying why when there is more than one."""
    if len(alike) == 1:
        return BaselineChoice(alike[0], "")
    ordered = sorted(alike)
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    versions = ", ".join(f"v{v}" for v in ordered[:-1]) + f" and v{ordered[-1]}"
    between = _between(ordered, migrations)
    what = f"its schema is the fresh install of {versions} alike ({between}); "
    if user_version in ordered:
        return BaselineChoice(user_version, f"{what}its PRAGMA user_version is {user_version}")
    return BaselineChoice(
        ordered[-1],
        f"{what}nothing says which one its data is at: at v{ordered[-1]} they never run on it, "
        f"so adopt it at v{ordered[0]} if its data never had them",
    )


def _between(ordered: list[int], migrations: tuple[Migration, ...]) -> str:
    """What the migrations between the lowest and the newest of ``ordered`` do, each named:
    only data where the versions follow one another, else (a table added, then dropped)
    a schema given back as they found it."""
    low, high = ordered[0], ordered[-1]
    names = ", ".join(m.name for m in migrations[low:high])
    if len(ordered) == high - low + 1:
        return f"{names} changes only data"
    return f"{names}, run between v{low} and v{high}, leave the schema as they found it"
