"""What a schema statement does, read from its tokens: which object it creates,
drops, renames or alters, and on which table.

Pure parsing, no database: the replay of a migration's schema and the feature and
lint matchers all ask the same questions of a statement, answered once here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edi_migrations.lint.statements import (
    Statement,
    Token,
    closing,
    find_words,
    object_name,
    split_top_level,
)

KINDS = ("table", "index", "trigger", "view")


@dataclass(frozen=True)
class Ddl:
    """``action`` create, drop, rename (a table), rename column, add column, drop column,
    insert (rows into ``table``), pragma, vacuum, begin, end; or "" for anything else."""

    action: str
    kind: str = ""  # table, index, trigger, view (create and drop)
    name: str = ""  # the object's name, case-folded
    table: str = ""  # the table it belongs to (index, trigger, insert, alter)
    new_name: str = ""  # rename: the table's new name
    unique: bool = False  # create index
    body: tuple[Token, ...] = ()  # create table: inside (...); add column: the definition


def read(statement: Statement) -> Ddl:
    """The effect of ``statement`` on the schema (or its rows), as far as tokens tell."""
    toks = statement.tokens
    if not toks or toks[0].kind != "word":
        return Ddl("")
    first = toks[0].text
    if first == "create":
        return _create(toks)
    if first == "drop" and len(toks) > 2 and toks[1].text in KINDS:
        at = 4 if toks[2].is_word("if") else 2
        return Ddl("drop", toks[1].text, object_name(toks, at)[0])
    if first == "alter" and len(toks) > 3 and toks[1].is_word("table"):
        return _alter(toks)
    if first in ("insert", "replace"):
        at = find_words(toks, "into")
        return Ddl("insert", table=object_name(toks, at + 1)[0]) if at is not None else Ddl("")
    if first == "pragma":
        return Ddl("pragma", name=object_name(toks, 1)[0])
    if first in ("vacuum", "begin", "end"):
        return Ddl(first)
    if first in ("commit", "rollback") and not statement.has_words("to"):
        return Ddl("end")
    return Ddl("")


ON = frozenset({"on", "1", "true", "yes"})  # a boolean PRAGMA's values that turn it on


def turns_on(value: str | None) -> bool:
    """Whether a boolean PRAGMA set to ``value`` is on: a word of ``ON``, or a number
    not 0 (SQLite reads a value starting with a digit as a C integer: ``= 2`` is on)."""
    if value is None or value in ON:
        return value is not None
    number = _LEADING_NUMBER.match(value)
    if number is None:
        return False
    text = number.group()
    return int(text, 16 if text.startswith("0x") else 10) != 0


_LEADING_NUMBER = re.compile(r"0x[0-9a-f]+|[0-9]+")


def pragma_value(statement: Statement) -> str | None:
    """The value a ``PRAGMA name = value`` (or ``name(value)``) sets; None for a read."""
    toks = statement.tokens
    at = find_words(toks, "=")
    if at is None:
        at = find_words(toks, "(")
    if at is None or at + 1 >= len(toks):
        return None
    return toks[at + 1].name


def _create(toks: tuple[Token, ...]) -> Ddl:
    at = 1
    while at < len(toks) and toks[at].is_word("temp", "temporary", "unique", "virtual"):
        at += 1
    unique = any(t.is_word("unique") for t in toks[1:at])
    if at >= len(toks) or toks[at].text not in KINDS:
        return Ddl("")
    kind = toks[at].text
    at += 1
    if find_words(toks, "if", "not", "exists", start=at) == at:
        at += 3
    name, at = object_name(toks, at)
    if kind == "table":
        body: tuple[Token, ...] = ()
        if at < len(toks) and toks[at].is_op("("):
            body = toks[at + 1 : closing(toks, at)]
        return Ddl("create", kind, name, table=name, body=body)
    if kind in ("index", "trigger"):
        on = find_words(toks, "on", start=at)
        table = object_name(toks, on + 1)[0] if on is not None else ""
        return Ddl("create", kind, name, table=table, unique=unique)
    return Ddl("create", kind, name)


def _alter(toks: tuple[Token, ...]) -> Ddl:
    table, at = object_name(toks, 2)
    rest = toks[at:]
    if not rest:
        return Ddl("")
    if rest[0].is_word("rename"):
        if len(rest) > 2 and rest[1].is_word("to"):
            return Ddl("rename", "table", table, table=table, new_name=object_name(rest, 2)[0])
        return Ddl("rename column", table=table)
    if rest[0].is_word("add"):
        body = rest[2:] if len(rest) > 1 and rest[1].is_word("column") else rest[1:]
        return Ddl("add column", table=table, body=body)
    if rest[0].is_word("drop"):
        return Ddl("drop column", table=table)
    return Ddl("")


def references(body: tuple[Token, ...]) -> frozenset[str]:
    """Tables a CREATE TABLE body's foreign keys name (case-folded)."""
    out = set()
    for i, tok in enumerate(body[:-1]):
        if tok.is_word("references"):
            out.add(object_name(body, i + 1)[0])
    return frozenset(out)


def column_definitions(body: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """The column definitions of a CREATE TABLE body (table constraints left out)."""
    constraint = ("constraint", "primary", "unique", "check", "foreign")
    return [p for p in split_top_level(body) if p and not p[0].is_word(*constraint)]


def names_used(statement: Statement) -> frozenset[str]:
    """Every token that could name an object, case-folded: what a view or trigger may
    refer to (over-inclusive on purpose: a column named like a table counts too)."""
    return frozenset(t.name for t in statement.tokens if t.kind in ("word", "quoted"))
