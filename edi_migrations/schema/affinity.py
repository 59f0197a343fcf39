"""SQLite's column affinity of a declared type: how a column stores what it is given.

One rule for every reader: the rows generator draws by it, the data check reads a
retype within one affinity as no change, and an older build on a newer file takes a
respelled type (``VARCHAR(20)`` to ``TEXT``) as the column it knew.
"""

from __future__ import annotations

INTEGER, TEXT, BLOB, REAL, NUMERIC = "INTEGER", "TEXT", "BLOB", "REAL", "NUMERIC"


def affinity(declared: str) -> str:
    """SQLite's column affinity of a declared type (datatype3.html, section 3.1)."""
    upper = declared.upper()
    if "INT" in upper:
        return INTEGER
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return TEXT
    if "BLOB" in upper or not upper.strip():
        return BLOB
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return REAL
    return NUMERIC
