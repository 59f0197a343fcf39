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
    data_only = ", ".join(migrations[v - 1].name for v in ordered[1:])
    versions = ", ".join(f"v{v}" for v in ordered[:-1]) + f" and v{ordered[-1]}"
    what = f"its schema is the fresh install of {versions} alike ({data_only} changes only data); "
    if user_version in ordered:
        return BaselineChoice(user_version, f"{what}its PRAGMA user_version is {user_version}")
    return BaselineChoice(
        ordered[-1],
        f"{what}nothing says which one its data is at: at v{ordered[-1]} they never run on it, "
        f"so adopt it at v{ordered[0]} if its data never had them",
    )
