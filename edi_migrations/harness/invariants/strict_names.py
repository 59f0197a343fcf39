"""A declared expression's double-quoted names read strictly, as names only.

SQLite reads a double-quoted name that names no column as a string literal. A declaration
written as its migration's SQL quotes names (``"ConfigContract" IS NULL``, FluentMigrator's
and Django's style), and over a path's start that lacks the column (a migration of the
path adds it) the name silently became the text ``'ConfigContract'``: the harness took the
start for the state the declaration reads and read the wrong thing. Backticks name only a
column, so the name that names nothing fails with SQLite's ``no such column``, which tells
the harness to read the declaration where the column exists. A double-quoted word that
names no column or table of the schemas the path starts and ends with is a string both
there (``CASE WHEN kind = 'old' THEN "archive" END``, as apps write): given ``names``, it
stays as written, so the expression is read over the start as its migration found it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# a single-quoted string, a double-quoted name, or a name in backticks or brackets
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|`(?:[^`]|``)*`|\[[^\]]*\]")


def strict_names(expression: str, names: Collection[str] | None = None) -> str:
    """``expression`` with each double-quoted name in backticks (strings left as written);
    with ``names`` (casefolded), only those it holds."""

    def strict(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None or (names is not None and name.replace('""', '"').casefold() not in names):
            return match.group(0)
        return "`" + name.replace('""', '"').replace("`", "``") + "`"

    return _TOKEN.sub(strict, expression)
