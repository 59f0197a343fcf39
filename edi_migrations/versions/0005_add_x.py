"""Add x.

Why: (say why this change is needed, in a line or two).
"""

from __future__ import annotations

from edi_migrations.changes import Backfill  # noqa: F401  (and RenameColumn, DropColumn, ...)
from edi_migrations.sqlite.dbapi import sqlite3  # the module EDI_SQLITE_MODULE chose

# Declare every change to existing data this migration intends (a backfill, a rename, a
# drop, a type or constraint change); additions need none. The harness fails on any other.
CHANGES: tuple = ()
DOWNGRADE_CHANGES: tuple = ()


def upgrade(conn: sqlite3.Connection) -> None:
    raise NotImplementedError("write the migration after the matrix has failed on it")


def downgrade(conn: sqlite3.Connection) -> None:
    raise NotImplementedError


# Optional, for the harness's databases: how the app fills what this migration adds
# (without it, rows are generated from the schema). ctx has version, seed, sessions, a
# seeded rng and faker.
# def app_writes(conn: sqlite3.Connection, ctx) -> None:
#     ...
