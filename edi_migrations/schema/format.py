"""Tokens kept as written, and canonical SQL text made from them.

:mod:`.sqltext` lower-cases every word to compare schemas; writing SQL that recreates
one needs the words as written (an unquoted name keeps its case in ``sqlite_master``),
so here only keywords change case and only whitespace is normalised.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from edi_migrations.schema.keywords import is_keyword
from edi_migrations.schema.tokens import TOKEN

# Keywords SQLite also reads as function names: no space before their parenthesis.
_CALLED = frozenset({"CAST", "GLOB", "LIKE", "RAISE", "REPLACE", "REGEXP", "MATCH"})
_TIGHT_BEFORE = frozenset({",", ")", ";", "."})
_TIGHT_AFTER = frozenset({"(", "."})


@dataclass(frozen=True)
class Token:
    """One token of a statement: its lexical kind, its text as written, where it is."""

    kind: str
    text: str
    start: int
    end: int

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words

    @property
    def keyword(self) -> bool:
        return self.kind == "word" and is_keyword(self.text)


def tokens(sql: str, count: int | None = None) -> tuple[Token, ...]:
    """The tokens of ``sql`` as written, without whitespace and comments (the first
    ``count`` only: a statement's kind is in its first words, its body may be long)."""
    found = (
        Token(m.lastgroup or "op", m.group(), m.start(), m.end())
        for m in TOKEN.finditer(sql)
        if m.lastgroup != "space"
    )
    return tuple(itertools.islice(found, count))


def upper(tok: Token) -> Token:
    """``tok`` with its text upper-cased (a type name, a table option)."""
    return Token(tok.kind, tok.text.upper(), tok.start, tok.end)


def identifier(tok: Token) -> str:
    """The name a token stands for, its quotes removed ("a""b", `a`, [a], 'a')."""
    text = tok.text
    if tok.kind in ("quoted", "string") and len(text) > 1:
        inner = text[1:-1]
        return inner if text[0] == "[" else inner.replace(text[0] * 2, text[0])
    return text


def closing(toks: Sequence[Token], open_at: int) -> int:
    """The index of the parenthesis closing the one at ``open_at``."""
    depth = 0
    for i in range(open_at, len(toks)):
        depth += toks[i].text == "("
        depth -= toks[i].text == ")"
        if depth == 0:
            return i
    raise ValueError(f"unbalanced parentheses in SQL: {spaced(toks)}")


def top_level(toks: Sequence[Token]) -> list[tuple[int, Token]]:
    """The tokens outside any parenthesis, with their index."""
    out, depth = [], 0
    for i, tok in enumerate(toks):
        if tok.text == ")":
            depth -= 1
        if depth == 0 and tok.text not in ("(", ")"):
            out.append((i, tok))
        if tok.text == "(":
            depth += 1
    return out


def split(toks: Sequence[Token], separator: str) -> list[list[Token]]:
    """``toks`` cut at each top-level ``separator``; empty pieces dropped."""
    cuts = [i for i, tok in top_level(toks) if tok.text == separator]
    bounds = zip([-1, *cuts], [*cuts, len(toks)], strict=True)
    return [list(toks[a + 1 : b]) for a, b in bounds if b > a + 1]


def find_word(toks: Sequence[Token], *words: str, start: int = 0) -> int:
    """Index of the first top-level token that is one of ``words`` at or after ``start``."""
    for i, tok in top_level(toks):
        if i >= start and tok.is_word(*words):
            return i
    raise ValueError(f"no {' or '.join(words)} in SQL: {spaced(toks)}")


def spaced(toks: Sequence[Token]) -> str:
    """One line of canonical SQL: keywords upper-cased, everything else as written, one
    space between tokens except around dots, inside parentheses, before commas, between
    a function's name and its parenthesis, and after a sign."""
    text = ""
    prev: Token | None = None
    glued = False
    for i, tok in enumerate(toks):
        word = _written(tok, prev)
        if prev is None or glued or tok.text in _TIGHT_BEFORE or prev.text in _TIGHT_AFTER:
            text += word
        elif tok.text == "(" and _called(prev) and not (i > 1 and toks[i - 2].is_word("INTO")):
            text += word  # a call, not ``INSERT INTO t (columns)``
        else:
            text += " " + word
        glued = tok.text in ("-", "+") and _opens_operand(prev)
        prev = tok
    return text


def _written(tok: Token, prev: Token | None) -> str:
    if tok.keyword or (tok.kind == "word" and prev is not None and prev.is_word("COLLATE")):
        return tok.text.upper()
    return tok.text


def _called(prev: Token) -> bool:
    return prev.kind == "quoted" or (
        prev.kind == "word" and (not prev.keyword or prev.text.upper() in _CALLED)
    )


def _opens_operand(prev: Token | None) -> bool:
    """Whether a sign after ``prev`` is unary: nothing before it is a value."""
    if prev is None or prev.text in ("(", ","):
        return True
    if prev.kind == "op":
        return prev.text != ")"
    return prev.keyword and not prev.is_word("NULL", "CURRENT_TIMESTAMP", "END")
