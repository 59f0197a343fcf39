"""A CHECK holding a text column to a pattern: ``code GLOB '[A-Z][A-Z][A-Z]'``, ``sku
LIKE 'SKU-%'``, ``phone GLOB '+[0-9]*'``. The CHECK parser reads no pattern, so every
drawn value was refused until the table gave up, empty, and every check over it passed
on nothing; the value is built from the pattern instead, the row counter spread over its
character classes and wildcards so that keys differ. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from edi_migrations.harness.rows.sql_tokens import literal, tokenize

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."


def pattern_of(checks: Sequence[str], column: str) -> tuple[str, str] | None:
    """(``"glob"`` or ``"like"``, the pattern) where a CHECK says ``column GLOB '...'``
    (not negated), else None."""
    name = column.lower()
    for check in checks:
        toks = tokenize(check)
        for i in range(len(toks) - 2):
            kind, text = toks[i]
            op = toks[i + 1][1].lower()
            if kind not in ("word", "name") or text.lower() != name or op not in ("glob", "like"):
                continue
            if i and toks[i - 1][1].lower() == "not" or toks[i + 2][0] != "str":
                continue
            pattern = literal([toks[i + 2]])
            if isinstance(pattern, str):
                return op, pattern
    return None


def matching(op: str, pattern: str, n: int) -> str:
    """A text ``pattern`` matches (GLOB or LIKE), varied by ``n``."""
    out: list[str] = []
    place, i = 1, 0
    any_char, many = ("?", "*") if op == "glob" else ("_", "%")
    while i < len(pattern):
        ch = pattern[i]
        if ch == many:
            out.append(str(n))
        elif ch == any_char:
            out.append(_ALPHABET[(n // place) % 26])
            place *= 26
        elif ch == "[" and op == "glob":
            members, i = _class(pattern, i)
            out.append(members[(n // place) % len(members)] if members else "a")
            place *= max(1, len(members))
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _class(pattern: str, i: int) -> tuple[str, int]:
    """The characters a GLOB class at ``i`` (``[A-Z]``, ``[^0-9]``) admits, from a small
    alphabet, and the index past it."""
    j = i + 1
    negated = j < len(pattern) and pattern[j] == "^"
    j += negated
    start = j
    j += 1  # a ']' first is a member
    while j < len(pattern) and pattern[j] != "]":
        j += 1
    body = pattern[start:j]
    chars: set[str] = set()
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            chars |= {chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1)}
            k += 3
        else:
            chars.add(body[k])
            k += 1
    if negated:
        return "".join(c for c in _ALPHABET if c not in chars), j + 1
    return "".join(sorted(chars)), j + 1
