"""What a runner call's migrations left in its connection, between two of its steps.

A kept jump prefix (:mod:`edi_migrations.harness.jump_prefix`) is a byte copy of the
database taken between two steps; a jump restarted from it runs the rest on a new
connection. Where the migrations before had left something in the old one (a TEMP
table, view or trigger, an ATTACHed database, a PRAGMA such as ``case_sensitive_like``
or ``legacy_alter_table``, a limit ``setlimit`` lowered), the migration after them ran on it in
the whole jump and would not from the copy: a break that shows only with the rows of
some start is then hidden in a warm run, whatever the first start's jump finds. So the
call's connection is watched while a prefix is kept, and the copy is kept only where it
holds nothing a connection opened afresh would not. A function or collation a migration
registers cannot be listed; the first start's jump, run whole, stays the net for those.
A row or text factory a migration sets does not outlive its own run
(``sqlite.app_reads.as_the_app_reads``), so there is none to list.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.runner.connection import StepConnection, open_step_connection
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import connecting_with, installed_factory

# connection-scoped settings a migration may turn and leave turned (read back by PRAGMA)
PRAGMAS = (
    "recursive_triggers",
    "legacy_alter_table",
    "foreign_keys",
    "defer_foreign_keys",
    "reverse_unordered_selects",
    "ignore_check_constraints",
    "trusted_schema",
    "query_only",
    "writable_schema",
    "secure_delete",
    "automatic_index",
)
# the run-time limits a migration may lower with ``conn.setlimit`` for the rest of the call
LIMITS = (
    "SQLITE_LIMIT_LENGTH",
    "SQLITE_LIMIT_SQL_LENGTH",
    "SQLITE_LIMIT_COLUMN",
    "SQLITE_LIMIT_EXPR_DEPTH",
    "SQLITE_LIMIT_COMPOUND_SELECT",
    "SQLITE_LIMIT_VDBE_OP",
    "SQLITE_LIMIT_FUNCTION_ARG",
    "SQLITE_LIMIT_ATTACHED",
    "SQLITE_LIMIT_LIKE_PATTERN_LENGTH",
    "SQLITE_LIMIT_VARIABLE_NUMBER",
    "SQLITE_LIMIT_TRIGGER_DEPTH",
    "SQLITE_LIMIT_WORKER_THREADS",
)
BUSY_SECONDS = 5.0  # the fresh connection only reads settings: never waits on a writer


@dataclass(frozen=True)
class Watch:
    """The step connection of the runner call made inside :func:`watching`."""

    opened: list[StepConnection] = field(default_factory=list)

    def left(self, database: Path) -> tuple[str, ...]:
        """What the call's connection holds now that one opened afresh on ``database``
        would not (empty: a copy of the file taken now loses nothing)."""
        if not self.opened:
            return ("no step connection seen",)
        fresh = open_step_connection(database, BUSY_SECONDS, None)
        try:
            return _differences(_state(self.opened[0]), _state(fresh))
        finally:
            fresh.close()


@contextmanager
def watching() -> Iterator[Watch]:
    """Every runner call inside the block opens its connections as it would, and the
    first step connection is noted for :meth:`Watch.left`."""
    watch = Watch()
    before = installed_factory()

    def connect(database: object, **kwargs: object) -> sqlite3.Connection:
        opener = before if before is not None else sqlite3.connect
        conn = opener(database, **kwargs)
        if isinstance(conn, StepConnection) and not watch.opened:
            watch.opened.append(conn)
        return conn

    connect.__wrapped__ = before or sqlite3.connect  # type: ignore[attr-defined]  # opens as it
    with connecting_with(connect):
        yield watch


def _state(conn: sqlite3.Connection) -> dict[str, object]:
    state: dict[str, object] = {
        "TEMP objects": tuple(
            conn.execute("SELECT type, name FROM temp.sqlite_master ORDER BY 1, 2").fetchall()
        ),
        "attached databases": tuple(
            row[1] for row in conn.execute("PRAGMA database_list") if row[1] not in {"main", "temp"}
        ),
        # a setting SQLite cannot read back: seen in what LIKE does
        "case_sensitive_like": conn.execute("SELECT 'a' LIKE 'A'").fetchone(),
    }
    for name in PRAGMAS:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        state[name] = row[0] if row else None
    getlimit = getattr(conn, "getlimit", None)  # Python 3.11+: what ``setlimit`` turned
    if getlimit is not None:
        for name in LIMITS:
            category = getattr(sqlite3, name, None)
            state[name] = getlimit(category) if category is not None else None
    return state


def _differences(kept: dict[str, object], fresh: dict[str, object]) -> tuple[str, ...]:
    return tuple(f"{name}: {kept[name]!r}" for name in kept if kept[name] != fresh.get(name))
