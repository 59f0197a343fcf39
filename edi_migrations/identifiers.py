"""Quoting SQLite identifiers: the one function every statement built from names uses."""

from __future__ import annotations


def quote_identifier(name: str) -> str:
    """``name`` as a double-quoted SQLite identifier: any name (spaces, quotes, keywords)
    then reads as exactly itself."""
    return '"' + name.replace('"', '""') + '"'


def unquote_identifier(name: str) -> str:
    """A name as a statement spells it (``"a""b"`` or ``plain``), as the name itself."""
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def strict_identifier(name: str) -> str:
    """``name`` in backticks: SQLite reads a double-quoted name that names nothing as a
    string, so a column renamed away would quietly read as its old name's text; a
    backticked one that names nothing fails, as an app's read of it would."""
    return "`" + name.replace("`", "``") + "`"
