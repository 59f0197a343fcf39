"""A baseline above the version a file's ``PRAGMA user_version`` names, where both
versions' fresh installs have its schema (a data-only migration between them): recorded
there, the data fix would never run on the file, so it is refused, naming the version.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import Refused, baseline_command
from edi_migrations.runner.chain_log import chain_folder
from edi_migrations.runner.detect import drift
from edi_migrations.runner.discovery import Migration
from edi_migrations.schema.model import schema_model
from edi_migrations.sqlite.dbapi import sqlite3


class BaselinePastItsData(Refused):
    """``baseline --version N`` on a file whose ``user_version`` names a lower version with
    the same schema: recorded at N, the data-only migrations between never run on it."""

    def __init__(self, path: Path, version: int, user_version: int, skipped: str, adopt: str):
        self.path = path
        self.version = version
        super().__init__(
            f"{path}: PRAGMA user_version is {user_version} and v{user_version}'s fresh install "
            f"has this schema too: adopted at v{version}, {skipped} would never run on it; "
            f"adopt it with {adopt} (or, if its data had them, set its user_version to "
            f"{version} first); nothing recorded, file left unchanged"
        )


def refuse_past_its_data(
    conn: sqlite3.Connection, path: Path, version: int, migrations: tuple[Migration, ...]
) -> None:
    """Refuse a baseline above the version ``user_version`` names where that version's
    fresh install is this file's schema too (the caller found version's to be)."""
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    if not 1 <= user_version < version:
        return
    if drift(schema_model(conn), migrations, user_version, tolerate_next=False):
        return
    skipped = ", ".join(m.name for m in migrations[user_version:version])
    adopt = baseline_command(path, user_version, chain_folder(migrations))
    raise BaselinePastItsData(path, version, user_version, skipped, adopt)
