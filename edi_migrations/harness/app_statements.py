"""What an app runs at one version, as data the harness can run on any database.

A project declares, per version, the named SQL its app reads and writes (the
``edi_migrations_app_statements`` fixture: ``{version: (Read(...), Write(...), ...)}``);
each statement's parameters are made from the data it will meet (``params``: a query over
the database, or ``params(conn)``), so the same statements run on every start database.
Where a version has none declared, :func:`derived_app` stands in: it reads every column of
every table and inserts a row naming exactly that version's columns, which alone catches a
renamed or dropped column or table, a new NOT NULL column, a tightened CHECK or UNIQUE.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from edi_migrations.harness.budget import guarded
from edi_migrations.harness.derived_edges import edge_rows
from edi_migrations.harness.derived_views import view_reads
from edi_migrations.harness.rows.row_maker import RowMaker
from edi_migrations.harness.rows.row_plans import UnsatisfiableConstraint, table_plan
from edi_migrations.harness.rows.schema_read import fillable_tables, read_table
from edi_migrations.harness.rows.schema_sql import insert_sql
from edi_migrations.harness.rows.sql_tokens import tokenize
from edi_migrations.identifiers import quote_identifier, strict_identifier
from edi_migrations.schema.model import BOOKKEEPING_TABLES
from edi_migrations.sqlite.dbapi import sqlite3

ParamRows = Sequence[Sequence[object] | Mapping[str, object]]
Params = str | Callable[[sqlite3.Connection], ParamRows] | ParamRows | None
MAX_RUNS = 5  # parameter rows of one statement that run: a sample, never a whole table


@dataclass(frozen=True)
class Read:
    """A query the app runs; ``params``: a query whose rows are its parameter sets, a
    callable ``params(conn)`` returning them, or the sets themselves (None: run once)."""

    name: str
    sql: str
    params: Params = None


@dataclass(frozen=True)
class Write:
    """A write the app runs (INSERT, UPDATE, DELETE), parameters as for :class:`Read`."""

    name: str
    sql: str
    params: Params = None
    table: str | None = None  # the table an INSERT fills (default: read from the SQL)

    @property
    def target(self) -> str | None:
        """The table whose new row the next app reads back: ``table``, else the one a
        plain ``INSERT INTO name`` names (None for UPDATE, DELETE and the like)."""
        if self.table is not None:
            return self.table
        toks = [t for t in tokenize(self.sql) if t[0] != "op" or t[1] != ";"]
        words = [t[1] for t in toks[:2]]
        if words in (["insert", "into"], ["replace", "into"]) and len(toks) > 2:
            return toks[2][1] if toks[2][0] in ("word", "name") else None
        return None


Statement = Read | Write
AppStatements = Mapping[int, Sequence[Statement]]


@dataclass(frozen=True)
class App:
    """The statements of the app at ``version``; ``derived``: made from the schema."""

    version: int
    statements: tuple[Statement, ...]
    derived: bool

    @property
    def described(self) -> str:
        return f"the v{self.version} app" + (" (derived from the schema)" if self.derived else "")


@dataclass(frozen=True)
class Bound:
    """One statement with the parameter sets it runs with (made once, before the upgrade)."""

    statement: Statement
    runs: tuple[Sequence[object] | Mapping[str, object], ...]


def app_at(
    conn: sqlite3.Connection, version: int, declared: AppStatements | None, seed: int
) -> App:
    """The app at ``version``: its declared statements, else derived from ``conn``'s schema."""
    if declared and version in declared:
        return App(version, tuple(declared[version]), derived=False)
    return App(version, derived_app(conn, seed), derived=True)


def bind(conn: sqlite3.Connection, app: App) -> tuple[Bound, ...]:
    """Each statement with its parameter sets, made from ``conn``'s data (at most
    ``MAX_RUNS`` each); a params query that fails is an error naming the statement."""
    bound = []
    for statement in app.statements:
        params = statement.params
        try:
            with guarded(f"the params of statement {statement.name!r} of {app.described}"):
                if params is None:
                    runs: ParamRows = [()]
                elif isinstance(params, str):
                    runs = conn.execute(params).fetchmany(MAX_RUNS)
                elif callable(params):
                    runs = params(conn)
                else:
                    runs = params
        except sqlite3.Error as exc:
            raise ValueError(
                f"the params of statement {statement.name!r} of {app.described} failed on "
                f"the database before the upgrade: {exc}"
            ) from exc
        bound.append(Bound(statement, tuple(runs)[:MAX_RUNS]))
    return tuple(bound)


def derived_app(conn: sqlite3.Connection, seed: int) -> tuple[Statement, ...]:
    """Reads of every column of every table (the runner's own aside) and view, and one
    INSERT per table naming exactly its columns, with rows drawn from the schema."""
    statements: list[Statement] = []
    rng = random.Random(f"{seed}:previous-app")
    for name in fillable_tables(conn, BOOKKEEPING_TABLES):
        info = read_table(conn, name)
        columns = tuple(c.name for c in info.writable)
        if not columns:
            continue
        quoted = ", ".join(strict_identifier(c) for c in columns)
        order = "rowid" if not info.without_rowid and not info.module else quoted
        table = strict_identifier(name)
        statements.append(Read(f"read {name}", f"SELECT {quoted} FROM {table} ORDER BY {order}"))
        if info.module:
            continue  # a virtual table's rows have rules of their own: read, not written
        row = _drawn_row(conn, info, rng, columns)
        if row is not None:
            edges = edge_rows(conn, info, rng, columns, row, MAX_RUNS - 1)
            sql = insert_sql(name, columns)
            statements.append(Write(f"insert into {name}", sql, params=(row, *edges), table=name))
    statements += [Read(name, sql) for name, sql in view_reads(conn)]
    return tuple(statements)




def _drawn_row(conn, info, rng: random.Random, columns: tuple[str, ...]) -> tuple | None:
    """A row the table accepts now (tried in a savepoint, rolled back), or None."""
    try:
        count = conn.execute(
            f"SELECT count(*) FROM {quote_identifier(info.name)}"
        ).fetchone()[0]
        maker = RowMaker(conn, table_plan(info), rng, False, start=count + 1_000_000)
    except UnsatisfiableConstraint:
        return None
    for _ in range(10):
        try:
            row = tuple(maker.row(columns, clean=True, allow_null=False))
        except UnsatisfiableConstraint:  # no parent row to point at, or no parent table
            return None
        conn.execute("SAVEPOINT derived_app_row")
        try:
            conn.execute(insert_sql(info.name, columns), row)
            return row
        except sqlite3.IntegrityError:
            continue
        finally:
            conn.execute("ROLLBACK TO derived_app_row")
            conn.execute("RELEASE derived_app_row")
    return None
