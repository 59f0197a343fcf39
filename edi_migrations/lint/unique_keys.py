"""The column sets a table already keeps unique, so that EM107 spares an index over one.

A UNIQUE index made over existing rows fails where they hold duplicates (EM107). Over a
table's PRIMARY KEY, a UNIQUE constraint or an existing UNIQUE index (or any column set
holding one of them) no two rows can collide, and the index cannot fail. Keys are read
from the CREATE TABLE body and followed through ``RENAME COLUMN``; an index's columns
only where each is a plain name (an expression or a COLLATE is not judged).
"""

from __future__ import annotations

from edi_migrations.lint.statements import (
    Statement,
    Token,
    closing,
    find_words,
    object_name,
    split_top_level,
)

Key = tuple[str, ...]


def table_keys(body: tuple[Token, ...]) -> frozenset[Key]:
    """The PRIMARY KEY and UNIQUE column sets of a CREATE TABLE body (case-folded)."""
    keys: set[Key] = set()
    for part in split_top_level(body):
        if not part:
            continue
        at = 2 if part[0].is_word("constraint") else 0
        if at < len(part) and part[at].is_word("primary", "unique"):
            opened = find_words(part, "(", start=at)
            if opened is not None and (columns := _plain(part[opened + 1 : closing(part, opened)])):
                keys.add(columns)
        elif any(t.is_word("unique") for t in part[1:]) or find_words(part, "primary", "key"):
            keys.add((part[0].name,))
    return frozenset(keys)


def renamed_column(keys: frozenset[Key], statement: Statement) -> frozenset[Key]:
    """``keys`` after ``ALTER TABLE t RENAME [COLUMN] old TO new``."""
    toks = statement.tokens
    at = object_name(toks, 2)[1] + 1  # after RENAME
    at += 1 if at < len(toks) and toks[at].is_word("column") else 0
    if at + 2 >= len(toks) or not toks[at + 1].is_word("to"):
        return keys
    old, new = toks[at].name, toks[at + 2].name
    return frozenset(tuple(new if c == old else c for c in key) for key in keys)


def index_columns(statement: Statement) -> Key | None:
    """The columns of a CREATE INDEX, where each is a plain name (else None)."""
    toks = statement.tokens
    on = find_words(toks, "on")
    opened = find_words(toks, "(", start=on) if on is not None else None
    if opened is None:
        return None
    return _plain(toks[opened + 1 : closing(toks, opened)]) or None


def covered(columns: Key, keys: frozenset[Key]) -> bool:
    """Whether ``columns`` hold one of ``keys`` whole: no two rows can share them."""
    return any(key and set(key) <= set(columns) for key in keys)


def _plain(toks: tuple[Token, ...]) -> Key:
    """Column names separated by commas, each with an optional ASC/DESC; () otherwise."""
    names = []
    for part in split_top_level(toks):
        if part and part[-1].is_word("asc", "desc"):
            part = part[:-1]
        if len(part) != 1 or part[0].kind not in ("word", "quoted", "string"):
            return ()
        names.append(part[0].name)
    return tuple(names)
