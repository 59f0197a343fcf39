"""A migration may not write to a database the app's ``connect`` attached.

``ATTACH`` is denied to a migration (attach_refusal), but a connect that attaches a file
itself (an ``archive.db`` beside the database) hands the step a connection on which
``INSERT INTO archive.messages`` just worked: rows moved out of the file the runner backs
up, versions and checks, into one none of them sees (the harness's checks passed, and
made that file beside every start they built). So the step's authorizer denies writes
to any schema but ``main`` and ``temp``, and the runner names the table and the schema.
A PRAGMA setting an attached file's header (``PRAGMA archive.user_version = 4``) writes
that file as surely as an INSERT, so it is denied too; reading one stays allowed. A
database the connect attached in memory (``ATTACH ':memory:' AS scratch``, or ``''``) is
scratch, as ``temp`` is: no file keeps it, so a step may sort rows through it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.errors import RolledBack
from edi_migrations.runner.attach_refusal import FIX
from edi_migrations.sqlite.dbapi import sqlite3

# SQLite's authorizer action codes (stable across releases; not every DB-API module names
# them): each writes the object named in arg1 (arg2: the table of an index or trigger)
# of the schema its fifth argument names.
WRITES = frozenset({1, 2, 7, 8, 9, 10, 11, 16, 17, 18, 23, 27, 28, 29, 30})
ALTER_TABLE = 26  # arg1 is the schema, arg2 the table
PRAGMA = 19  # arg1 the pragma's name, arg2 its value (None when only read)
# PRAGMAs that, given a value, write the file of the schema they name (or the file itself
# for the last ones, even without one).
SETS_THE_FILE = frozenset(
    {"user_version", "application_id", "schema_version", "journal_mode", "auto_vacuum", "page_size"}
)
WRITES_THE_FILE = frozenset({"incremental_vacuum", "optimize"})
OWN = frozenset({"main", "temp"})
WHY = "an attached file is outside the runner's backup, version record and checks"
Authorizer = Callable[..., int]


def written_elsewhere(
    action: int, arg1: str | None, arg2: str | None, db: str | None, own: frozenset[str] = OWN
) -> str | None:
    """``schema.object`` an action writes outside ``own`` (casefolded schema names:
    ``main``, ``temp`` and scratch), or None."""
    if action == PRAGMA:
        return _pragma_elsewhere(arg1, arg2, db, own)
    schema, name = (arg1, arg2) if action == ALTER_TABLE else (db, arg1)
    if action != ALTER_TABLE and action not in WRITES:
        return None
    if not schema or schema.casefold() in own:
        return None
    return f"{schema}.{name}" if name else schema


def scratch_schemas(conn: sqlite3.Connection) -> frozenset[str]:
    """The databases on ``conn`` no file holds (``':memory:'``, ``''``), casefolded: read as
    the step connection opens, before its statements are traced (a step may not ATTACH,
    so they stay the same)."""
    listed = conn.execute("PRAGMA database_list").fetchall()
    return frozenset(name.casefold() for _, name, file in listed if not file)


def _pragma_elsewhere(
    name: str | None, value: str | None, db: str | None, own: frozenset[str]
) -> str | None:
    """``the user_version of 'archive'`` for a PRAGMA writing an attached file, or None."""
    pragma = (name or "").casefold()
    writes = pragma in WRITES_THE_FILE or (pragma in SETS_THE_FILE and value is not None)
    if not writes or not db or db.casefold() in own:
        return None
    return f"the {pragma} of '{db}'"


@dataclass(frozen=True)
class OtherFiles:
    """What a step tried to write outside its database, as its authorizer saw it."""

    written: list[str] = field(default_factory=list)
    scratch: frozenset[str] = frozenset()  # scratch_schemas of the step's connection

    def first(self) -> str:
        """The first write denied, as a reader names it: ``archive.messages``, or ``the
        schema of 'archive'`` for DDL (SQLite asks about ``sqlite_master`` first)."""
        schema, _, name = self.written[0].partition(".")
        return f"the schema of '{schema}'" if name.startswith("sqlite_") else self.written[0]

    def authorizer(self, inner: Authorizer) -> Authorizer:
        """``inner``, denying (and noting) a write to an attached database first."""

        def authorize(action: int, arg1, arg2, db, trigger) -> int:
            if target := written_elsewhere(action, arg1, arg2, db, OWN | self.scratch):
                self.written.append(target)
                return sqlite3.SQLITE_DENY
            return inner(action, arg1, arg2, db, trigger)

        return authorize


class AttachedWriteRefused(RolledBack):
    """A migration wrote to a database the app's connect attached: step rolled back."""

    def __init__(
        self, path: Path, migration: str, from_version: int, written: tuple[str, str]
    ) -> None:
        self.path = path
        self.migration = migration
        self.version = from_version
        self.target, statement = written
        shown = " ".join(statement.split())
        self.statement = shown = f"{shown[:100]}…" if len(shown) > 100 else shown
        super().__init__(
            f"{path}: migration {migration} writes to {self.target}, a database the app's "
            f"connect attached ({shown}); rolled back, database still at v{from_version}; "
            f"{WHY}: {FIX}"
        )
