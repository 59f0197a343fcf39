"""A function the app registers on its connections is the app's, not SQLite's built-in.

calibre registers a one-argument ``concat()`` aggregate on every connection; its SQL calls
it, and the floor check took it for SQLite 3.44's built-in ``concat()``. The functions a
connection has that ``pragma_function_list`` does not mark built-in are registered; a
function feature whose every call in a statement is to one of them is not used.
"""

from __future__ import annotations

from edi_migrations.lint.features import Feature
from edi_migrations.lint.replay import Schema
from edi_migrations.lint.statements import Statement
from edi_migrations.sqlite.dbapi import sqlite3


def registered_functions(conn: sqlite3.Connection) -> frozenset[str]:
    """The names of the functions registered on ``conn`` (not SQLite's built-ins); none
    where this SQLite cannot list them."""
    try:
        rows = conn.execute("SELECT name FROM pragma_function_list WHERE builtin = 0").fetchall()
    except sqlite3.Error:
        return frozenset()
    return frozenset(name.casefold() for (name,) in rows)


def own_function(feature: Feature, statement: Statement, registered: frozenset[str]) -> bool:
    """Whether ``feature`` (a function feature) matches ``statement`` only through calls to
    functions in ``registered``: with those calls' names hidden, it no longer matches."""
    if not registered or feature.kind != "function":
        return False
    toks = statement.tokens
    hidden = statement.sql
    for at in reversed(range(len(toks) - 1)):
        tok = toks[at]
        if tok.kind == "word" and tok.text in registered and toks[at + 1].is_op("("):
            hidden = f"{hidden[: tok.start]}registered_{at}{hidden[tok.end :]}"
    return not feature.matches(Statement(hidden), Schema())
