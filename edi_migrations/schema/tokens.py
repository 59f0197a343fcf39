"""A small SQL tokenizer: enough to canonicalise schema SQL text.

SQLite keeps each object's CREATE statement as written, so two identical schemas
can differ in whitespace, case, quoting and ``IF NOT EXISTS``. Canonical text is
built from tokens, never from raw strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

TOKEN = re.compile(  # SQLite's lexical classes; also the CHECK reader's (edi_migrations.harness.rows.sql_tokens)
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?\*/)
  | (?P<blob>[xX]'(?:[^']|'')*')
  | (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<op>\|\||<=|>=|<>|!=|==|<<|>>|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def tokens(sql: str) -> list[str]:
    """Tokens of ``sql``: words lower-cased, identifiers unquoted where plain, no comments."""
    return list(_tokens(sql))


@lru_cache(maxsize=4096)
def _tokens(sql: str) -> tuple[str, ...]:
    """Cached: every schema read tokenizes the same few CREATE statements again."""
    out: list[str] = []
    for match in TOKEN.finditer(sql):
        kind = match.lastgroup
        text = match.group()
        if kind == "space":
            continue
        if kind == "word":
            out.append(text.lower())
        elif kind == "blob":
            out.append("x" + text[1:])
        elif kind == "quoted":
            inner = text[1:-1]
            if text[0] == '"':
                inner = inner.replace('""', '"')
            elif text[0] == "`":
                inner = inner.replace("``", "`")
            out.append(
                inner.lower() if _PLAIN.match(inner) else '"' + inner.replace('"', '""') + '"'
            )
        else:
            out.append(text)
    return tuple(out)


def double_quoted_strings(sql: str, names: Collection[str]) -> str:
    """``sql`` with each double-quoted word naming none of ``names`` written as the string
    SQLite reads it as (``name || "X"`` in a generated column is ``name || 'X'``): the
    tokens fold a quoted name's case, as SQLite compares names, where a string keeps it."""
    known = {n.casefold() for n in names}

    def spelled(match: re.Match[str]) -> str:
        text = match.group()
        if match.lastgroup != "quoted" or text[0] != '"':
            return text
        inner = text[1:-1].replace('""', '"')
        return text if inner.casefold() in known else "'" + inner.replace("'", "''") + "'"

    return TOKEN.sub(spelled, sql)


def join(toks: list[str]) -> str:
    """Tokens back to one line of SQL with canonical spacing."""
    text = ""
    for tok in toks:
        if not text:
            text = tok
        elif tok in (",", ")", ";", ".") or text.endswith(("(", ".")):
            text += tok
        elif tok == "(" and not _is_keyword_before_paren(text):
            text += tok
        else:
            text += " " + tok
    return text


_SPACED_BEFORE_PAREN = {
    "in",
    "as",
    "and",
    "or",
    "not",
    "exists",
    "on",
    "values",
    "check",
    "select",
    "where",
}


def _is_keyword_before_paren(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return last in _SPACED_BEFORE_PAREN or not last[-1:].isalnum() and last[-1:] != "_"


def canonical(sql: str) -> str:
    """One-line canonical form of a SQL statement, without a trailing semicolon."""
    toks = tokens(sql)
    while toks and toks[-1] == ";":
        toks.pop()
    return join(toks)


def without_if_not_exists(toks: list[str]) -> list[str]:
    for i in range(len(toks) - 2):
        if toks[i : i + 3] == ["if", "not", "exists"]:
            return toks[:i] + toks[i + 3 :]
    return toks


def balanced(toks: list[str], open_at: int) -> tuple[list[str], int]:
    """Tokens inside the parenthesis opening at ``open_at``, and the index after it closes."""
    depth = 0
    for i in range(open_at, len(toks)):
        if toks[i] == "(":
            depth += 1
        elif toks[i] == ")":
            depth -= 1
            if depth == 0:
                return toks[open_at + 1 : i], i + 1
    raise ValueError("unbalanced parentheses in SQL: " + join(toks))


def check_constraints(create_table_sql: str) -> list[str]:
    """Every CHECK expression of a CREATE TABLE statement, canonical."""
    toks = tokens(create_table_sql)
    found = []
    i = 0
    while i < len(toks):
        if toks[i] == "check" and i + 1 < len(toks) and toks[i + 1] == "(":
            inner, i = balanced(toks, i + 1)
            found.append(join(inner))
        else:
            i += 1
    return found


def table_options(create_table_sql: str) -> list[str]:
    """The words after a CREATE TABLE's column list (``without``, ``rowid``, ``,``,
    ``strict``): SQLite allows them in any order, so the last two alone miss one."""
    toks = tokens(create_table_sql)
    if "(" not in toks:
        return []
    tail = toks[balanced(toks, toks.index("("))[1] :]
    return [t for t in tail if t != ";"]


def top_level_tail(sql: str, keyword: str) -> str | None:
    """What follows the first top-level ``keyword`` (e.g. an index's WHERE), canonical."""
    toks = tokens(sql)
    depth = 0
    for i, tok in enumerate(toks):
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0 and tok == keyword:
            tail = toks[i + 1 :]
            while tail and tail[-1] == ";":
                tail.pop()
            return join(tail)
    return None


def has_word(sql: str, word: str) -> bool:
    return word in tokens(sql)


_TABLE_CONSTRAINT = frozenset({"constraint", "primary", "unique", "check", "foreign"})


def column_definitions(create_table_sql: str) -> dict[str, list[str]]:
    """Each column's definition tokens in a CREATE TABLE statement, by the column's name
    (lower-cased, unquoted); table constraints left out. Empty if there is no column list."""
    toks = tokens(create_table_sql)
    if "(" not in toks:
        return {}
    inner, _ = balanced(toks, toks.index("("))
    out: dict[str, list[str]] = {}
    for part in _split_top_level(inner):
        if part and part[0] not in _TABLE_CONSTRAINT:
            out[_identifier(part[0])] = part
    return out


def collation(definition: list[str]) -> str | None:
    """The COLLATE of a column definition (lower-cased), outside any parenthesis."""
    depth = 0
    for i, tok in enumerate(definition):
        depth += tok == "("
        depth -= tok == ")"
        if depth == 0 and tok == "collate" and i > 0 and i + 1 < len(definition):
            return _identifier(definition[i + 1])
    return None


def generated(definition: list[str]) -> str | None:
    """A generated column's expression and kind as written (``as (qty * price) stored``),
    outside any parenthesis; None for a column stored as written."""
    depth = 0
    for i, tok in enumerate(definition):
        if depth == 0 and tok == "as" and definition[i + 1 : i + 2] == ["("]:
            expression, end = balanced(definition, i + 1)
            kind = "stored" if definition[end : end + 1] == ["stored"] else "virtual"
            return f"as ({join(expression)}) {kind}"
        depth += tok == "("
        depth -= tok == ")"
    return None


def _split_top_level(toks: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    depth = 0
    for tok in toks:
        if tok == "," and depth == 0:
            parts.append([])
            continue
        depth += tok == "("
        depth -= tok == ")"
        parts[-1].append(tok)
    return parts


def _identifier(tok: str) -> str:
    if tok.startswith('"') and tok.endswith('"') and len(tok) > 1:
        return tok[1:-1].replace('""', '"').lower()
    if tok.startswith("'") and tok.endswith("'") and len(tok) > 1:
        return tok[1:-1].replace("''", "'").lower()
    return tok.lower()
