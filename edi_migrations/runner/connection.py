"""The connection migrations receive: it records what they submit, and may not end the transaction.

The runner owns COMMIT; the authorizer that denies transaction control is what makes a
migration's own ``COMMIT`` or ``BEGIN`` fail instead of splitting its step in two.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from edi_migrations.runner import script_statements
from edi_migrations.runner.attached_writes import scratch_schemas
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import open_connection

Trace = Callable[[str], None]


class Statements:
    """Remembers the statement being run, for error messages and fault injection.

    SQLite's trace callback sees each statement as it starts (inside scripts too);
    the SQL handed to ``execute`` covers statements that fail before they start.
    """

    def __init__(self, trace: Trace | None) -> None:
        self.submitted: str | None = None
        self.started: str | None = None
        self.trace = trace

    def submit(self, sql: str | None) -> None:
        self.submitted, self.started = sql, None

    def __call__(self, statement: str) -> None:
        if not statement.startswith("--"):  # "--" marks a nested program (trigger, pragma)
            self.started = statement
        if self.trace is not None:
            self.trace(statement)

    @property
    def last(self) -> str | None:
        return self.started or self.submitted


class StepCursor(sqlite3.Cursor):
    def execute(self, sql, *args):  # type: ignore[override]
        self.connection.statements.submit(sql)
        return super().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[override]
        self.connection.statements.submit(sql)
        return super().executemany(sql, *args)

    def executescript(self, script):  # type: ignore[override]
        """Statement by statement, inside the step (script_statements: why)."""
        for statement in script_statements.statements(script):
            self.execute(statement)
        return self


class StepConnection(sqlite3.Connection):
    """The connection migrations receive: records what they submit."""

    statements: Statements
    busy_seconds: float  # --busy-timeout: how long BEGIN IMMEDIATE and COMMIT keep trying
    scratch: frozenset[str]  # databases its connect attached in memory (attached_writes)
    app_factories: tuple | None = None  # the app connect's row and text factories (app_reads)

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """Ready to run statements as it is made: an app's ``connect`` runs its PRAGMAs on
        it before the runner sets its own recorder (it failed: no attribute 'statements')."""
        super().__init__(*args, **kwargs)
        self.statements = Statements(None)
        self.busy_seconds = 0.0
        self.scratch = frozenset()

    def cursor(self, factory=StepCursor):  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql, *args):  # type: ignore[override]
        return self.cursor().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[override]
        return self.cursor().executemany(sql, *args)

    def executescript(self, script):  # type: ignore[override]
        return self.cursor().executescript(script)

    def __enter__(self):
        """``with conn:`` in a migration (as sqlite3's documentation shows) is the step
        itself: it commits nothing, and what raises inside rolls the whole step back."""
        return self

    def __exit__(self, *exc_info) -> bool:
        return False


def deny_transaction_control(action: int, arg1, arg2, db, trigger) -> int:
    """SQLite authorizer: BEGIN, COMMIT, ROLLBACK and SAVEPOINT belong to the runner, and
    another database file is not the step's to attach (attach_refusal: why)."""
    if action in (sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_ATTACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def open_step_connection(path: Path, busy_timeout: float, trace: Trace | None) -> StepConnection:
    """The runner's write connection: foreign keys off (it checks them itself), modern ALTER."""
    conn = open_connection(path, timeout=busy_timeout, isolation_level=None, factory=StepConnection)
    if not isinstance(conn, StepConnection):
        conn.close()
        raise TypeError(
            f"connect({str(path)!r}, **kw) returned a {type(conn).__name__}: the `connect` "
            "option must pass its **kw on to sqlite3.connect (factory=, uri=, timeout=)"
        )
    conn.statements = Statements(trace)
    conn.busy_seconds = busy_timeout
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        conn.scratch = scratch_schemas(conn)
        conn.set_trace_callback(conn.statements)
    except BaseException:
        conn.close()
        raise
    return conn
