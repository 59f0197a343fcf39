"""Which chain migrated a database, as its migration log tells.

A database carries the names of the migrations that brought it to its version. When
they are not the chain's at hand, the database belongs to another project (or another
folder of this one): comparing schemas would only report drift, and advising a newer
package or ``--allow-drift`` would mislead. Only rows the runner wrote count (they hold a
checksum), and only the latest completed step up to each version, so a migration that
was backed out and replaced by another of the same number is not another chain.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import ForeignChain
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3

_UPWARD = (
    "SELECT migration_name, CAST(substr(version_to, 2) AS INTEGER) FROM migration_log "
    "WHERE status = 'completed' AND checksum IS NOT NULL "
    "AND CAST(substr(version_to, 2) AS INTEGER) > CAST(substr(version_from, 2) AS INTEGER) "
    "ORDER BY id"
)


def chain_folder(migrations: tuple[Migration, ...]) -> Path | None:
    """The folder the chain was loaded from, for messages (None for an empty chain)."""
    return migrations[0].path.parent if migrations else None


def logged_steps(conn: sqlite3.Connection, recorded: int) -> dict[int, str]:
    """Version -> the migration the runner last logged reaching it, up to ``recorded``."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(migration_log)")}
    if not {"checksum", "version_to", "version_from"} <= columns:
        return {}  # no log, or one written before the runner (no checksum)
    steps: dict[int, str] = {}
    for name, version in conn.execute(_UPWARD):
        if isinstance(version, int) and 0 < version <= recorded:
            steps[version] = str(name)
    return steps


def foreign_names(
    conn: sqlite3.Connection, migrations: tuple[Migration, ...], recorded: int
) -> list[str]:
    """The logged migrations that are not the chain's, in version order; empty when every
    logged step the chain covers is its own (a newer database of the same chain)."""
    steps = logged_steps(conn, recorded)
    head = len(migrations)
    if all(migrations[v - 1].name == name for v, name in steps.items() if v <= head):
        return []
    return [name for v, name in sorted(steps.items()) if v > head or migrations[v - 1].name != name]


def refuse_foreign_chain(
    conn: sqlite3.Connection, path: Path, migrations: tuple[Migration, ...], recorded: int
) -> None:
    names = foreign_names(conn, migrations, recorded)
    if names:
        raise ForeignChain(path, chain_folder(migrations), names)
