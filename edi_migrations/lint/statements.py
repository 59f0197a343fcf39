"""One traced SQL statement as tokens that keep their lexical class.

The floor check and the lint match keywords, so a quoted identifier that happens to
spell one (a column ``"returning"``) must not read as the keyword: each token keeps
its kind. The lexical classes are ``sqltext.TOKEN``'s (one SQL lexer in the project).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from edi_migrations.schema.tokens import TOKEN

NAME_KINDS = frozenset({"word", "quoted", "string"})  # SQLite accepts 'x' as a name too


@dataclass(frozen=True)
class Token:
    kind: str  # word, quoted, string, blob, number, op
    text: str  # words lower-cased, quoted identifiers unquoted; others as written
    raw: str  # as written
    start: int
    end: int

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text in words

    def is_op(self, *ops: str) -> bool:
        return self.kind == "op" and self.text in ops

    @property
    def name(self) -> str:
        """The token read as an object name, case-folded (SQLite names ignore case)."""
        if self.kind == "string":
            return self.text[1:-1].replace("''", "'").casefold()
        return self.text.casefold()


def lex(sql: str) -> tuple[Token, ...]:
    """The tokens of ``sql`` without spaces and comments."""
    out = []
    for match in TOKEN.finditer(sql):
        kind, raw = match.lastgroup or "op", match.group()
        if kind == "space":
            continue
        out.append(Token(kind, _text(kind, raw), raw, match.start(), match.end()))
    return tuple(out)


@lru_cache(maxsize=2048)  # a step's own statements, a few per table: 10 MB at 8 192
def _lexed(sql: str) -> tuple[Token, ...]:
    """:func:`lex`, once per text: a traced step repeats the runner's own statements (its
    integrity reads, per table) step after step and test after test; tokens are frozen."""
    return lex(sql)


def _text(kind: str, raw: str) -> str:
    if kind == "word":
        return raw.lower()
    if kind == "quoted":
        inner = raw[1:-1]
        return inner.replace('""', '"') if raw[0] == '"' else inner.replace("``", "`")
    return raw


@dataclass(frozen=True)
class Statement:
    """A statement as a migration ran it (SQLite's trace text, parameters expanded)."""

    sql: str

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return _lexed(self.sql)

    def starts(self, *words: str) -> bool:
        """Whether the statement begins with these keywords, in order."""
        toks = self.tokens
        return len(toks) >= len(words) and all(
            t.is_word(w) for t, w in zip(toks, words, strict=False)
        )

    def has_words(self, *words: str) -> bool:
        """Whether these keywords appear next to each other somewhere in the statement."""
        return find_words(self.tokens, *words) is not None

    @property
    def short(self) -> str:
        """One line of the statement, for a report."""
        line = " ".join(self.sql.split())
        return line if len(line) <= 160 else line[:157] + "..."


def find_words(toks: tuple[Token, ...], *words: str, start: int = 0) -> int | None:
    """Index of the first run of keywords ``words`` at or after ``start``; ``"("`` and
    other punctuation in ``words`` match operator tokens. The lint's inner loop (every
    feature asks it of every statement): tokens are compared as (kind, text) pairs, and
    a run is looked at only where its first token matches."""
    wanted = [(_kind_of(w), w) for w in words]
    if not wanted:
        return start if start <= len(toks) else None
    first_kind, first = wanted[0]
    rest = wanted[1:]
    for i in range(start, len(toks) - len(wanted) + 1):
        tok = toks[i]
        if tok.text != first or tok.kind != first_kind:
            continue
        if all(
            toks[j].text == w and toks[j].kind == kind
            for j, (kind, w) in enumerate(rest, start=i + 1)
        ):
            return i
    return None


def _kind_of(word: str) -> str:
    """The token kind a word of ``find_words`` matches: a keyword, or punctuation."""
    return "word" if word[0].isalpha() else "op"


def closing(toks: tuple[Token, ...], open_at: int) -> int:
    """Index of the parenthesis closing the one at ``open_at`` (len(toks) if unclosed)."""
    depth = 0
    for i in range(open_at, len(toks)):
        if toks[i].is_op("("):
            depth += 1
        elif toks[i].is_op(")"):
            depth -= 1
            if depth == 0:
                return i
    return len(toks)


def split_top_level(toks: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """``toks`` split at commas outside parentheses."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for tok in toks:
        if tok.is_op(",") and depth == 0:
            parts.append([])
            continue
        depth += tok.is_op("(")
        depth -= tok.is_op(")")
        parts[-1].append(tok)
    return [tuple(p) for p in parts]


def object_name(toks: tuple[Token, ...], at: int) -> tuple[str, int]:
    """The (case-folded) object name at ``at``, skipping a ``schema.`` prefix, and the
    index after it."""
    if at + 2 < len(toks) and toks[at + 1].is_op("."):
        at += 2
    if at >= len(toks) or toks[at].kind not in NAME_KINDS:
        return "", at
    return toks[at].name, at + 1
