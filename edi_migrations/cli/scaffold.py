"""``edi-migrate new``: write the next-numbered migration file from a template."""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.runner.discovery import load_migrations, resolve_dir
from edi_migrations.runner.project import EXAMPLE

TEMPLATE = '''"""{title}.

Why: (say why this change is needed, in a line or two).
"""

from __future__ import annotations

from edi_migrations.changes import Backfill  # noqa: F401  (and RenameColumn, DropColumn, ...)
from edi_migrations.sqlite.dbapi import sqlite3  # the module MIGRATIONS_SQLITE_MODULE chose

# Declare every change to existing data this migration intends (a backfill, a rename, a
# drop, a type or constraint change); additions need none. The harness fails on any other.
CHANGES: tuple = ()
DOWNGRADE_CHANGES: tuple = ()
# KEEPS_PREVIOUS_APP = True  # the app one version back keeps working on the result


def upgrade(conn: sqlite3.Connection) -> None:
    raise NotImplementedError("write the migration after the matrix has failed on it")


def downgrade(conn: sqlite3.Connection) -> None:
    raise NotImplementedError


# Optional, for the harness's databases: how the app fills what this migration adds
# (without it, rows are generated from the schema). ctx has version, seed, rows, a
# seeded rng and faker.
# def app_writes(conn: sqlite3.Connection, ctx) -> None:
#     ...
'''


def slug(message: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
    if not text:
        raise ValueError(f"{message!r}: a migration needs a name with letters or digits")
    return text[:60]


INSTALLED = ("site-packages", "dist-packages")


def refuse_installed(folder: Path) -> None:
    """A folder inside an installed package is no project's: the next install loses the file."""
    if any(part in INSTALLED for part in folder.resolve().parts):
        raise BadMigrationsFolder(
            folder,
            "is inside an installed package; new writes only into the project's own folder: "
            f"pass --migrations-dir DIR, or name it in pyproject.toml: {EXAMPLE}",
        )


def new_migration(message: str, migrations_dir: str | Path | None = None) -> Path:
    """Create ``NNNN_<slug>.py`` after the last migration; never overwrite a file."""
    folder = resolve_dir(migrations_dir)
    refuse_installed(folder)
    number = len(load_migrations(folder)) + 1
    path = folder / f"{number:04d}_{slug(message)}.py"
    with path.open("x", encoding="utf-8") as fh:
        fh.write(TEMPLATE.format(title=message.strip().rstrip(".").capitalize()))
    return path
