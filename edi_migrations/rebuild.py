"""SQLite's documented table-rebuild procedure (the "12 steps"), split as sqlite-utils does.

SQLite cannot add a foreign-key action, NOT NULL or change a CHECK in place: the
table must be created anew, the rows copied (row ids kept), the old table dropped
and the new one renamed. :func:`rebuild_statements` only builds the SQL (a pure
function, tested against expected statements); :func:`rebuild_tables` runs it
inside the caller's transaction, saving and restoring every index, trigger and
view so that nothing is lost and no view breaks the rename. Foreign keys must be
off (the runner turns them off outside the transaction, as the procedure says).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema.model import Table, schema_model
from edi_migrations.schema.tokens import table_options
from edi_migrations.sqlite.dbapi import sqlite3

quote = quote_identifier  # the name migrations written before identifiers.py import

# SQLite names the new table when a copied row is refused ("UNIQUE constraint failed:
# _rebuilding_t.a"): any project reads it, so it says what the table is for.
NEW_PREFIX = "_rebuilding_"
# table_xinfo's ``hidden`` of a VIRTUAL (2) and a STORED (3) generated column: SQLite
# computes them, so a rebuild copies neither and may leave either out (nothing is lost).
GENERATED = (2, 3)


@dataclass(frozen=True)
class NewTable:
    """The table ``name`` as it should be: the column definitions inside CREATE TABLE (...),
    and ``options``, what follows them (``STRICT``, ``WITHOUT ROWID``): None keeps the
    table's own, as a rebuild keeps everything else it is not told to change."""

    name: str
    definition: str
    options: str | None = None




def rebuild_statements(
    table: NewTable, copy_columns: tuple[str, ...], copy_rowid: bool
) -> list[str]:
    """The statements that rebuild one table, copying ``copy_columns`` (and the rowid)."""
    temp = quote_identifier(NEW_PREFIX + table.name)
    cols = ", ".join(quote_identifier(c) for c in copy_columns)
    if copy_rowid:
        target, source = f"rowid, {cols}", f"rowid, {cols}"
    else:
        target = source = cols
    options = f" {table.options}" if table.options else ""
    return [
        f"CREATE TABLE {temp} ({table.definition}){options}",
        f"INSERT INTO {temp} ({target}) SELECT {source} FROM {quote_identifier(table.name)}",
        f"DROP TABLE {quote_identifier(table.name)}",
        f"ALTER TABLE {temp} RENAME TO {quote_identifier(table.name)}",
    ]


def rebuild_tables(conn: sqlite3.Connection, tables: list[NewTable]) -> None:
    """Rebuild ``tables`` in the open transaction, keeping rows, row ids, sequences and
    every index, trigger and view. Refuses to drop a column that holds data (a generated
    column holds none: it may be left out)."""
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError(
            "rebuild_tables needs PRAGMA foreign_keys=OFF (set outside the transaction)"
        )
    names = {t.name for t in tables}
    before = schema_model(conn, tables=names)  # only what is rebuilt: O(1) in the schema's size
    copies: list[list[str]] = []
    for table in tables:
        try:
            copies.append(_new_copy(conn, table, before.tables[table.name]))
        except ValueError:  # the copies made so far go too: nothing changed
            for made in tables[: len(copies)]:
                conn.execute(f"DROP TABLE main.{quote_identifier(NEW_PREFIX + made.name)}")
            raise
    saved = [
        (kind, name, sql)
        for kind, name, tbl, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE sql IS NOT NULL AND type IN ('index', 'trigger', 'view') ORDER BY rowid"
        )
        if kind != "index" or tbl in names
    ]
    for kind, name, _ in saved:
        if kind in ("trigger", "view"):
            conn.execute(f"DROP {kind.upper()} {quote_identifier(name)}")
    for table, rest in zip(tables, copies, strict=True):
        _rebuild_one(conn, table.name, rest)
    for _, _, sql in saved:
        conn.execute(sql)


def _new_copy(conn: sqlite3.Connection, table: NewTable, old: Table) -> list[str]:
    """Create the table's new copy, and return the statements that fill it and put it in
    place. A definition leaving out a column is refused here, the copy dropped again,
    before a trigger or view is: refused halfway, a migration run again past a later
    column had left them dropped."""
    if table.options is None:
        table = replace(table, options=_options_of(conn, table.name))
    stored = tuple(c.name for c in old.columns if c.hidden not in GENERATED)
    create, *rest = rebuild_statements(
        table, stored, copy_rowid=not old.without_rowid and old.rowid_alias is None
    )
    conn.execute(create)
    copy = quote_identifier(NEW_PREFIX + table.name)
    new_columns = {r[1] for r in conn.execute(f"PRAGMA main.table_xinfo({copy})")}
    lost = [c for c in stored if c not in new_columns]
    if lost:
        conn.execute(f"DROP TABLE main.{copy}")
        raise ValueError(f"rebuilding {table.name} would drop column(s) {', '.join(lost)}")
    return rest


def _rebuild_one(conn: sqlite3.Connection, name: str, rest: list[str]) -> None:
    sequence = _sequence(conn, name)
    for statement in rest:
        conn.execute(statement)
    if sequence is not None:
        conn.execute("DELETE FROM main.sqlite_sequence WHERE name = ?", (name,))
        conn.execute("INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)", (name, sequence))


def _options_of(conn: sqlite3.Connection, name: str) -> str:
    """The table's options as its CREATE TABLE wrote them (``WITHOUT ROWID, STRICT``)."""
    (sql,) = conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
        (name,),
    ).fetchone()
    return " ".join(word.upper() for word in table_options(sql)).replace(" ,", ",")


def _sequence(conn: sqlite3.Connection, name: str) -> int | None:
    """The AUTOINCREMENT high-water mark of ``name``: kept so row ids are never reused."""
    if not _has_sequence(conn):
        return None
    row = conn.execute("SELECT seq FROM main.sqlite_sequence WHERE name = ?", (name,)).fetchone()
    return None if row is None else row[0]


def _has_sequence(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
        ).fetchone()
        is not None
    )
