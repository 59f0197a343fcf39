"""Quoting SQLite identifiers: the one function every statement built from names uses."""

from __future__ import annotations


def quote_identifier(name: str) -> str:
    """``name`` as a double-quoted SQLite identifier: any name (spaces, quotes, keywords)
    then reads as exactly itself."""
    return '"' + name.replace('"', '""') + '"'
