"""A declared expression's double-quoted names read strictly, as names only.

SQLite reads a double-quoted name that names no column as a string literal. A declaration
written as its migration's SQL quotes names (``"ConfigContract" IS NULL``, FluentMigrator's
and Django's style), and over a path's start that lacks the column (a migration of the
path adds it) the name silently became the text ``'ConfigContract'``: the harness took the
start for the state the declaration reads and read the wrong thing. Backticks name only a
column, so the name that names nothing fails with SQLite's ``no such column``, which tells
the harness to read the declaration where the column exists.
"""

from __future__ import annotations

import re

# a single-quoted string, a double-quoted name, or a name in backticks or brackets
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"((?:[^\"]|\"\")*)\"|`(?:[^`]|``)*`|\[[^\]]*\]")


def strict_names(expression: str) -> str:
    """``expression`` with each double-quoted name in backticks (strings left as written)."""

    def strict(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)
        return "`" + name.replace('""', '"').replace("`", "``") + "`"

    return _TOKEN.sub(strict, expression)
