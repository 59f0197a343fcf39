"""What to do when a statement reads text that is not JSON ("malformed JSON").

SQLite names no row and no column: the statement (an index on ``json_extract(meta, ...)``,
an UPDATE reading ``meta ->> 'size'``) met one value somewhere that does not parse. The
columns it reads as JSON are in its text, so the hint names them, the query that finds
the rows, and how a schema says a column holds JSON only.
"""

from __future__ import annotations

import re

_FUNCTION_READ = re.compile(
    r"\bjson(?!_array\b|_object\b|_quote\b|_group_array\b|_group_object\b)\w*\s*\(\s*"
    r"(?:[\w\"`\[\]]+\s*\.\s*)?([\w\"`\[\]]+)\s*[,)]",
    re.IGNORECASE,
)
_ARROW_READ = re.compile(r"([\w\"`\[\]]+)\s*->>?", re.IGNORECASE)


def malformed_json_hint(statement: str | None, cause: BaseException) -> str:
    """The hint after a "malformed JSON" error of ``statement`` (empty for any other)."""
    if "malformed json" not in str(cause).lower():
        return ""
    found = _FUNCTION_READ.findall(statement or "") + _ARROW_READ.findall(statement or "")
    columns = list(dict.fromkeys(c.strip('"`[]') for c in found if not c[:1].isdigit()))
    if not columns:
        return "; a value this statement reads as JSON is text that is not JSON"
    name = columns[0]
    return (
        f"; a row holds text that is not JSON in {' or '.join(columns)} "
        f"(`WHERE NOT json_valid({name})` finds it): fix those rows first or read only "
        f"valid ones (`CASE WHEN json_valid({name}) ...`); where the app only ever writes "
        f"JSON there, say so in the schema: CHECK (json_valid({name}))"
    )
