"""The quarantine row codec: a row as JSON that keeps SQLite's storage classes.

0003 writes quarantined rows with its own copy of ``encode_row`` (a shipped migration
cannot change without changing its checksum); tests/authoring/test_quarantine_codec.py pins this
module byte-compatible with it, and the harness and new migrations use this one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

BLOB = "$blob"  # a BLOB is {"$blob": "<hex>"}: JSON has no bytes


def encode_row(names: Sequence[str], values: Sequence[object]) -> str:
    """A row as JSON that keeps SQLite storage classes (7 stays 7, 7.0 stays 7.0)."""
    row = {}
    for name, value in zip(names, values, strict=True):
        row[name] = {BLOB: value.hex()} if isinstance(value, bytes) else value
    return json.dumps(row, ensure_ascii=False, allow_nan=False)


def decode_row(text: str) -> dict[str, object]:
    """The row ``encode_row`` wrote, by column name, BLOBs as bytes again."""
    row = json.loads(text)
    return {
        k: bytes.fromhex(v[BLOB]) if isinstance(v, dict) and BLOB in v else v
        for k, v in row.items()
    }
