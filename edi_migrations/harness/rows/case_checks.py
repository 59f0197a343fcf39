"""A CHECK holding a text column to one case: ``code = upper(code)`` (an ISO currency
code), ``lower(email) = email``. The CHECK parser reads no function but ``length`` and
``typeof``, so every drawn value was refused and redrawn until the table gave up, empty;
the values drawn are folded instead, as SQLite's ``upper()`` and ``lower()`` fold (ASCII
letters only). Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from edi_migrations.harness.rows.sql_tokens import Token, tokenize

_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
FOLDS: dict[str, Callable[[str], str]] = {
    "upper": lambda text: text.translate(_UPPER),
    "lower": lambda text: text.translate(_LOWER),
}


def case_of(checks: Sequence[str], column: str) -> str | None:
    """``"upper"`` or ``"lower"`` where a CHECK says ``column = upper(column)`` (either
    side), else None."""
    name = column.lower()
    for check in checks:
        toks = [(k, t.lower()) for k, t in tokenize(check)]
        for i in range(len(toks)):
            for fold in FOLDS:
                if _equal_to_fold(toks, i, name, fold):
                    return fold
    return None


def _equal_to_fold(toks: list[Token], i: int, name: str, fold: str) -> bool:
    """``name = fold(name)`` or ``fold(name) = name`` starting at token ``i``."""
    call = [("word", fold), ("op", "("), None, ("op", ")")]
    left = toks[i : i + 6]
    if len(left) == 6 and _is(left[0], name) and left[1] == ("op", "="):
        if _call(left[2:], call, name):
            return True
    if len(left) == 6 and left[4] == ("op", "=") and _is(left[5], name):
        return _call(left[:4], call, name)
    return False


def _call(toks: list[Token], call: list, name: str) -> bool:
    return all(
        _is(t, name) if want is None else t == want for t, want in zip(toks, call, strict=True)
    )


def _is(tok: Token, name: str) -> bool:
    return tok[0] in ("word", "name") and tok[1] == name


def folded(value: object, case: str | None) -> object:
    """``value`` folded to ``case`` where it is text."""
    return FOLDS[case](value) if case is not None and isinstance(value, str) else value
