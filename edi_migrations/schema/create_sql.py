"""One schema object's CREATE statement, as SQLite stores it, laid out as canonical SQL.

Pure: text in, text out. One column or table constraint per line, each trigger
statement and each top-level view clause on its own line, so a pull request's diff
shows one line per change. Names come from ``sqlite_master`` (quoted only when they
must be), everything else from the statement's own tokens (:mod:`.sqlformat`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from edi_migrations.schema.format import (
    Token,
    closing,
    find_word,
    identifier,
    spaced,
    split,
    tokens,
    top_level,
    upper,
)
from edi_migrations.schema.keywords import sql_name

INDENT = "    "
_TABLE_CONSTRAINTS = ("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")
# After these a column definition names something (a table, a constraint) or holds a
# bare-word default (SQLite reads ``DEFAULT abc`` as the string 'abc'): kept as written.
_NAMING = ("REFERENCES", "CONSTRAINT", "DEFAULT")
_CLAUSES = (
    "SELECT",
    "FROM",
    "WHERE",
    "GROUP",
    "HAVING",
    "WINDOW",
    "ORDER",
    "LIMIT",
    "UNION",
    "INTERSECT",
    "EXCEPT",
)


@dataclass(frozen=True)
class SchemaObject:
    """A row of ``sqlite_master``: what the object is, its name, its table, its SQL."""

    kind: str
    name: str
    table: str
    sql: str | None


def statement_sql(obj: SchemaObject) -> str:
    """The canonical CREATE statement of ``obj``, ending in a semicolon."""
    layout = _LAYOUTS.get(obj.kind)
    if layout is None or obj.sql is None:
        raise ValueError(f"cannot write SQL for a {obj.kind} named {obj.name}")
    return layout(obj, tokens(obj.sql)) + ";"


def is_virtual(sql: str | None) -> bool:
    toks = tokens(sql or "", count=2)  # CREATE VIRTUAL ...: every state read asks, per table
    return len(toks) > 1 and toks[1].is_word("VIRTUAL")


def virtual_module(sql: str) -> str:
    """The module of a CREATE VIRTUAL TABLE statement (``fts5``, ``rtree``, ...)."""
    toks = tokens(sql)
    return toks[find_word(toks, "USING") + 1].text


def _table(obj: SchemaObject, toks: Sequence[Token]) -> str:
    if is_virtual(obj.sql):
        return _virtual(obj, toks)
    open_at = next(i for i, tok in enumerate(toks) if tok.text == "(")
    close = closing(toks, open_at)
    lines = [_definition(part) for part in split(toks[open_at + 1 : close], ",")]
    options = spaced([upper(t) if t.kind == "word" else t for t in toks[close + 1 :]])
    body = ",\n".join(INDENT + line for line in lines)
    return f"CREATE TABLE {sql_name(obj.name)} (\n{body}\n)" + (f" {options}" if options else "")


def _definition(part: list[Token]) -> str:
    """A column definition (its name canonical, its type and words upper-cased) or a table
    constraint (keywords upper-cased)."""
    if part[0].is_word(*_TABLE_CONSTRAINTS):
        return spaced(part)
    words = {i for i, tok in top_level(part) if tok.kind == "word"}
    rest = [
        upper(tok) if i in words and not part[i - 1].is_word(*_NAMING) else tok
        for i, tok in enumerate(part)
        if i > 0
    ]
    name = sql_name(identifier(part[0]))
    return f"{name} {spaced(rest)}" if rest else name


def _virtual(obj: SchemaObject, toks: Sequence[Token]) -> str:
    """``USING module(args)``: each argument on its line exactly as written, since the
    module, not SQLite, reads it."""
    using = find_word(toks, "USING")
    head = f"CREATE VIRTUAL TABLE {sql_name(obj.name)} USING {toks[using + 1].text}"
    if len(toks) <= using + 2 or toks[using + 2].text != "(":
        return head
    inner = toks[using + 3 : closing(toks, using + 2)]
    sql = obj.sql or ""
    args = [sql[arg[0].start : arg[-1].end] for arg in split(inner, ",")]
    return head + "(\n" + ",\n".join(INDENT + arg for arg in args) + "\n)"


def _index(obj: SchemaObject, toks: Sequence[Token]) -> str:
    kind = "UNIQUE INDEX" if toks[1].is_word("UNIQUE") else "INDEX"
    open_at = next(i for i in range(find_word(toks, "ON"), len(toks)) if toks[i].text == "(")
    close = closing(toks, open_at)
    where = spaced(toks[close + 1 :])
    columns = spaced(toks[open_at + 1 : close])
    text = f"CREATE {kind} {sql_name(obj.name)} ON {sql_name(obj.table)} ({columns})"
    return text + (f" {where}" if where else "")


def _view(obj: SchemaObject, toks: Sequence[Token]) -> str:
    after = _after_name(toks, "VIEW")
    as_at = find_word(toks, "AS", start=after)
    columns = f" {spaced(toks[after:as_at])}" if as_at > after else ""
    lines = _clauses(toks[as_at + 1 :])
    return f"CREATE VIEW {sql_name(obj.name)}{columns} AS\n" + "\n".join(lines)


def _clauses(toks: Sequence[Token]) -> list[str]:
    """A SELECT cut before each top-level clause (FROM, WHERE, ..., UNION, SELECT)."""
    cuts = [
        i
        for i, tok in top_level(toks)
        if i > 0 and tok.is_word(*_CLAUSES) and not toks[i - 1].is_word("DISTINCT")
    ]
    bounds = zip([0, *cuts], [*cuts, len(toks)], strict=True)
    return [line for a, b in bounds for line in _clause(toks[a:b])]


def _clause(toks: Sequence[Token]) -> list[str]:
    """A clause on its line; a SELECT's result columns one per line below it."""
    if not toks[0].is_word("SELECT"):
        return [spaced(toks)]
    head = 2 if len(toks) > 1 and toks[1].is_word("DISTINCT", "ALL") else 1
    columns = [INDENT + spaced(column) for column in split(toks[head:], ",")]
    return [spaced(toks[:head]), ",\n".join(columns)]


def _trigger(obj: SchemaObject, toks: Sequence[Token]) -> str:
    after = _after_name(toks, "TRIGGER")
    begin = find_word(toks, "BEGIN", start=after)
    end = max(i for i, tok in top_level(toks) if tok.is_word("END"))
    statements = [INDENT + spaced(s) + ";" for s in split(toks[begin + 1 : end], ";")]
    header = f"CREATE TRIGGER {sql_name(obj.name)} {spaced(toks[after:begin])}"
    return header + "\nBEGIN\n" + "\n".join(statements) + "\nEND"


def _after_name(toks: Sequence[Token], kind: str) -> int:
    """The index just after the object's name in ``CREATE [TEMP] kind [IF NOT EXISTS]
    [schema.]name``."""
    at = find_word(toks, kind) + 1
    if toks[at].is_word("IF"):
        at += 3
    return at + 3 if at + 1 < len(toks) and toks[at + 1].text == "." else at + 1


_LAYOUTS = {"table": _table, "index": _index, "view": _view, "trigger": _trigger}
