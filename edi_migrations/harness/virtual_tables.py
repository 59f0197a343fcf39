"""Virtual tables as the harness reads them: their shadow tables are their storage, and
what is worth checking is whether each still answers for its content.

A module keeps a virtual table's index or tree in tables of its own (``<name>_data``,
``_idx``, ``_docsize``, ``_config`` for FTS5; ``_segments``, ``_segdir`` ... for FTS3/4;
``_node``, ``_parent``, ``_rowid`` for R*Tree). Their bytes change with every
``optimize``, every segment merge and every row a trigger re-indexes, and they go with
the virtual table when it is dropped: compared row by row they report storage, not data.
So the canonical view of a database leaves them out and reads the virtual table's own
rows (an external-content FTS table's read through its content table), and each full-text
index runs its own integrity-check, against its external content too, and each R*Tree
``rtreecheck``: an index left stale or never built over existing rows answers queries
wrongly while every row still compares equal.
"""

from __future__ import annotations

from edi_migrations.harness.budget import guarded
from edi_migrations.identifiers import quote_identifier
from edi_migrations.schema.create_sql import SchemaObject, is_virtual, virtual_module
from edi_migrations.schema.sql_file import shadow_tables
from edi_migrations.sqlite.dbapi import sqlite3

FULL_TEXT = ("fts3", "fts4", "fts5")
TREES = ("rtree", "rtree_i32")


def layout(conn: sqlite3.Connection) -> tuple[dict[str, str], frozenset[str]]:
    """The virtual tables of the main database (name -> module, lower case) and the shadow
    tables their modules made: by each built-in module's suffixes and, where SQLite lists
    them (3.37+, any module loaded), as ``PRAGMA table_list`` types them."""
    # SQLite stores every CREATE's first words in upper case: LIKE finds them, cheaply
    # (most schemas have no virtual table, and this runs on every read of a database)
    found = (
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL %'"
    )
    if conn.execute(found).fetchone() is None:
        return {}, frozenset()
    objects = [
        SchemaObject("table", name, name, sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"
        )
    ]
    virtual = {o.name: virtual_module(o.sql).lower() for o in objects if is_virtual(o.sql)}
    try:
        listed = conn.execute("PRAGMA main.table_list").fetchall()
    except sqlite3.OperationalError:  # before 3.37: the suffixes alone tell
        listed = []
    shadows = shadow_tables(objects) | {r[1] for r in listed if r[2] == "shadow"}
    return virtual, frozenset(shadows)


def index_problems(conn: sqlite3.Connection, virtual: dict[str, str]) -> dict[str, str]:
    """Each of the ``virtual`` tables (name -> module; those that can be read) whose index
    does not answer for its content, with why: FTS tables by their integrity-check,
    R*Trees by rtreecheck. Run in a savepoint rolled back: ``conn`` is left as it was."""
    problems = {}
    for name, module in sorted(virtual.items()):
        if module not in FULL_TEXT + TREES:
            continue  # a module of the project's own: its rows are compared, nothing more
        with guarded(f"the integrity-check of virtual table {name!r}"):
            problem = _checked(conn, name, module)
        if problem:
            problems[name] = problem
    return problems


def _checked(conn: sqlite3.Connection, name: str, module: str) -> str | None:
    conn.execute("SAVEPOINT edi_virtual_check")
    try:
        if module in TREES:
            return _tree_problem(conn, name, module)
        return _full_text_problem(conn, name, module)
    finally:
        conn.execute("ROLLBACK TO edi_virtual_check")
        conn.execute("RELEASE edi_virtual_check")


def _full_text_problem(conn: sqlite3.Connection, name: str, module: str) -> str | None:
    """The FTS table's integrity-check; FTS5's with rank 1, which compares the index with
    an external content table too (FTS4's always does)."""
    q = quote_identifier(name)
    command = (
        f"INSERT INTO {q} ({q}, rank) VALUES ('integrity-check', 1)"
        if module == "fts5"
        else f"INSERT INTO {q} ({q}) VALUES ('integrity-check')"
    )
    try:
        conn.execute(command)
    except sqlite3.Error as exc:
        return (
            f"virtual table {name} ({module}): its index does not match its content "
            f"(integrity-check: {exc}); a migration that creates or refills it must "
            f"rebuild it: INSERT INTO {name}({name}) VALUES('rebuild') (an external-content "
            "index holds every row of its content table: to index only some rows, take its "
            "content from a table that holds only those)"
        )
    return None


def _tree_problem(conn: sqlite3.Connection, name: str, module: str) -> str | None:
    try:
        found = conn.execute("SELECT rtreecheck(?)", (name,)).fetchone()[0]
    except sqlite3.OperationalError:  # a SQLite built without rtreecheck (before 3.24)
        return None
    return None if found == "ok" else f"virtual table {name} ({module}): {found}"
