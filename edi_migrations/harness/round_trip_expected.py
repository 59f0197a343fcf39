"""What a round trip's up then down must give back: the earlier data, less the rows the
migration's own ``CHANGES`` declare deleted, and with the columns they declare dropped at
their DEFAULT.

A ``DeleteRows`` says the up throws those rows away on purpose (expired sessions, a
table emptied and made again: Authelia's ``V0006``); no ``downgrade()`` can bring them
back, so asking for them fails every such migration whatever its down does. The rows
are deleted on a copy of the earlier database, as one ``DELETE ... WHERE`` of the
condition (the app's triggers firing, as the declaration reads everywhere else), and the
copy is what up then down must equal: any other row lost still fails. A ``DropColumn``
throws a column's values away the same way (Overseerr's ``enableNotifications``): the
best a down can do is make the column again, so the copy holds it at its DEFAULT (the
column's own, as the earlier schema has it; a ``NOT NULL`` one without a DEFAULT keeps
its values, the down naming what it writes there). A ``DropTable`` whose down makes the
table again empty (Vaultwarden's ``sso_nonce``, short-lived state) expects it empty; a
down that fills it again (Authelia's ``V0012``, from where the up moved its rows) is held
to every row.
A ``Recompute`` in ``DOWNGRADE_CHANGES`` says
what the down writes (Anki's schema-18 downgrade stamps ``col.ver = 17`` in every row):
its expression, read on the rows the down starts from, is what the column must hold after.
"""

from __future__ import annotations

import re
from pathlib import Path

from edi_migrations.changes import DeleteRows, DropColumn, DropTable, Recompute, source_line
from edi_migrations.harness.budget import guarded
from edi_migrations.harness.dbstate import CLASS_OF_TYPE, open_copy, read_model, state_of
from edi_migrations.harness.invariants.declared_sql import unrunnable
from edi_migrations.harness.invariants.runs import (
    Columns,
    UserState,
    column_place,
    user_state,
    user_state_of,
)
from edi_migrations.identifiers import quote_identifier
from edi_migrations.runner.discovery import Migration
from edi_migrations.sqlite.dbapi import sqlite3


def earlier_state(db: Path, migration: Migration, run_times: Columns) -> UserState:
    """The user state of ``db`` (at the version before ``migration``) that its up and
    down must give back: all of it, but the rows its ``DeleteRows`` name."""
    deletions = [c for c in migration.changes if isinstance(c, DeleteRows)]
    dropped = [c for c in migration.changes if isinstance(c, DropColumn)]
    if not deletions and not dropped:
        return user_state(db, run_times)
    conn = open_copy(db)
    try:
        for change in dropped:
            _at_default(conn, change)
        for change in deletions:
            table = quote_identifier(change.table)
            what = f"the declared deletion of rows of table {change.table!r} ({migration.name})"
            with guarded(what):
                try:
                    conn.execute(f"DELETE FROM {table} WHERE ({change.where})")
                except sqlite3.OperationalError as exc:
                    raise unrunnable(exc, change.where) from exc
        model = read_model(conn)
        return user_state_of(state_of(conn, model), model, run_times)
    finally:
        conn.close()


def emptied_as_dropped(lower: UserState, now: UserState, migration: Migration) -> UserState:
    """``lower`` with each table the up declares dropped (``DropTable``) emptied where the
    down made it again without a row: nothing of it was left to give back."""
    dropped = {c.table.casefold() for c in migration.changes if isinstance(c, DropTable)}
    empty = {name.casefold() for name, (_, rows) in now[1].items() if not rows}
    if not dropped & empty:
        return lower
    schema, tables = lower
    return schema, {
        name: (columns, {} if name.casefold() in dropped & empty else rows)
        for name, (columns, rows) in tables.items()
    }


def _at_default(conn: sqlite3.Connection, change: DropColumn) -> None:
    """Column ``change.column`` of the copy set to its DEFAULT (NULL without one)."""
    table = quote_identifier(change.table)
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    found = next((row for row in info if row[1] == change.column), None)
    if found is None or (found[3] and found[4] is None):
        return  # not here, or required without a DEFAULT: the down names what it writes
    default = found[4]
    value = "NULL" if default is None else f"({default})"
    with guarded(f"the declared dropped column {change.table}.{change.column} at its DEFAULT"):
        conn.execute(f"UPDATE {table} SET {quote_identifier(change.column)} = {value}")


DeclaredValues = dict[tuple[str, str], dict[int, tuple[str, object]]]


def downgrade_values(db: Path, migration: Migration) -> DeclaredValues:
    """Each value the migration's ``DOWNGRADE_CHANGES`` recompute, by (table, column) and
    rowid: its expression over the rows of ``db`` (at the migration's version, before the
    down), each value with its storage class as a user state holds it."""
    rules = [
        c
        for c in migration.downgrade_changes
        if isinstance(c, Recompute) and not _undoes_the_up(c, migration)
    ]
    if not rules:
        return {}
    conn = open_copy(db)
    try:
        found: DeclaredValues = {}
        for rule in rules:
            table = quote_identifier(rule.table)
            with guarded(f"the declared downgrade Recompute of {rule.table}.{rule.column}"):
                try:
                    rows = conn.execute(f"SELECT rowid, ({rule.expression}) FROM {table}")
                    values = {rowid: (CLASS_OF_TYPE[type(v)], v) for rowid, v in rows}
                except sqlite3.OperationalError as exc:
                    raise unrunnable(exc, rule.expression) from exc
            found[(rule.table, rule.column)] = values
        return found
    finally:
        conn.close()


def dropped_recomputes(migration: Migration, below: UserState) -> list[str]:
    """Each ``Recompute`` of the down on a column ``below`` (the version it goes to) lacks:
    a value declared where the down drops the column is nonsense, not to pass unsaid."""
    columns = {name.casefold(): cols for name, (cols, _) in below[1].items()}
    return [
        f"DOWNGRADE_CHANGES of {migration.name}: {source_line(rule)} declares what the down writes "
        f"in {rule.table}.{rule.column}, which the version below has not (the down drops "
        "it): no value is kept there; remove the declaration"
        for rule in migration.downgrade_changes
        if isinstance(rule, Recompute)
        and rule.column.casefold()
        not in {c.casefold() for c in columns.get(rule.table.casefold(), ())}
    ]


def _undoes_the_up(rule: Recompute, migration: Migration) -> bool:
    """A down's ``Recompute`` computed from the column's own value, of a column the up
    recomputes too (``substr(code, 5)`` after ``'sku-' || code``), undoes the up: held to
    its own expression, a down undoing it wrongly passed; it gives the earlier value back."""
    if not any(
        isinstance(c, Recompute)
        and (c.table.casefold(), c.column.casefold())
        == (rule.table.casefold(), rule.column.casefold())
        for c in migration.changes
    ):
        return False
    own = rf"(?<![\w.])[\"`\[]?{re.escape(rule.column)}[\"`\]]?(?![\w(])"
    qualified = rf"\b{re.escape(rule.table)}[\"`\]]?\s*\.\s*[\"`\[]?{re.escape(rule.column)}\b"
    return bool(
        re.search(own, rule.expression, re.I) or re.search(qualified, rule.expression, re.I)
    )


def with_values(state: UserState, declared: DeclaredValues) -> UserState:
    """``state`` with the declared values put in (a table or column it lacks: left as is,
    so what the down did there is still compared)."""
    if not declared:
        return state
    schema, tables = state
    tables = dict(tables)
    for (table, column), values in declared.items():
        place = column_place(tables, table, column)
        if place is None:
            continue
        name, at = place
        columns, rows = tables[name]
        tables[name] = (
            columns,
            {
                key: (row[:at] + (values[key],) + row[at + 1 :]) if key in values else row
                for key, row in rows.items()
            },
        )
    return schema, tables
