"""A script of several statements, one statement at a time.

Python's ``executescript`` commits the open transaction before it runs a script, so a
migration written with it (the natural way to run a block of DDL) would end the runner's
step. The step's connection runs the script's statements one by one instead, inside the
step: a ``COMMIT`` written in the script is still refused, and its step stays atomic.
"""

from __future__ import annotations

from collections.abc import Iterator

from edi_migrations.sqlite.dbapi import sqlite3


def statements(script: str) -> Iterator[str]:
    """Each complete statement of ``script`` in order (a trigger's body and a ``;`` inside
    a string or comment stay in theirs), then what follows the last ``;`` when it is
    more than blanks (a closing comment runs as nothing; a statement without its ``;``
    runs, as in a script)."""
    pending = ""
    for piece in script.split(";"):
        pending = f"{pending}{piece};"
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    rest = pending[:-1]  # the ";" the last piece never had
    if rest.strip():
        yield rest
