"""Columns the schema reads as JSON, the keys it reads, and JSON objects to fill them.

An app keeps JSON in a TEXT column and says so only in SQL: ``CHECK (json_valid(payload))``
(Django's JSONField), ``json_extract(payload, '$.user')`` or ``payload ->> 'user'`` in a
generated column, an expression index, a trigger or a view, or a declared type ``JSON``.
Text drawn from the column's name fails all of them: the CHECK refuses every row (the
table stays empty and every check over it passes on nothing) and an expression index
refuses the insert ("malformed JSON"). Such a column is filled with JSON objects holding
the keys the schema reads. A view naming another table's column of the same name counts
too: an object is text, so the column loses nothing by it.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence

from edi_migrations.harness.rows.sql_tokens import Token, literal, tokenize
from edi_migrations.sqlite.dbapi import sqlite3

# json_* functions whose first argument is a value, not JSON: json_array(col) reads no JSON
_VALUE_FUNCTIONS = frozenset(
    {"json_array", "json_object", "json_quote", "json_group_array", "json_group_object"}
)
_NON_JSON_AFFINITY = re.compile(r"INT|REAL|FLOA|DOUB", re.I)
_KEY = re.compile(r"^\$\.([A-Za-z_][A-Za-z0-9_]*)")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WORDS = ("harbour", "lantern", "meadow", "copper", "violet", "river", "amber", "signal")

ARRAY = "[]"  # the keys of a column read as an array: json_type(x) = 'array', json_array_length(x)

# Edge values a JSON column holds in the app: every shape json_valid admits that reads back
# as NULL under a key, and text json_extract returns as it was written.
ARRAY_EDGES: tuple[str, ...] = ("[]", '[""]', '[1, "two", null, {"deep": []}]', '["café 🎉"]')
JSON_EDGES: tuple[str, ...] = (
    "{}",
    "[]",
    '{"note": ""}',
    '{"note": "café 🎉 — مرحبا", "n": -9223372036854775808, "x": 1.5e300, "ok": true}',
    '{"nested": {"list": [1, "two", null, {"deep": []}]}}',
)


def json_reads(
    conn: sqlite3.Connection, table: str, columns: Sequence[tuple[str, str]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(column, keys read) for each column of ``table`` (``columns``: name and declared
    type) the schema reads as JSON: its own SQL, its indexes and triggers, and the views."""
    texts = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM main.sqlite_master WHERE sql IS NOT NULL "
            "AND (tbl_name = ? OR type = 'view')",
            (table,),
        )
    ]
    found: dict[str, list[str]] = {}
    arrays: set[str] = set()
    for sql in texts:
        for column, key in _reads(tokenize(sql)):
            keys = found.setdefault(column, [])
            if key == ARRAY:
                arrays.add(column)
            elif key is not None and key not in keys:
                keys.append(key)
    for column in arrays:
        found[column] = [ARRAY]
    out = []
    for name, declared in columns:
        if "JSON" in declared.upper():
            found.setdefault(name.lower(), [])
        if name.lower() in found and not _NON_JSON_AFFINITY.search(declared):
            out.append((name, tuple(found[name.lower()])))
    return tuple(out)


def _reads(toks: list[Token]) -> list[tuple[str, str | None]]:
    """(column lower-cased, top-level key or None) for each JSON read in ``toks``."""
    out: list[tuple[str, str | None]] = []
    for i, (kind, text) in enumerate(toks):
        if kind == "word" and text.startswith("json") and text not in _VALUE_FUNCTIONS:
            if i + 1 < len(toks) and toks[i + 1] == ("op", "("):
                column, end = _name_at(toks, i + 2)
                if column is not None and end < len(toks) and toks[end][1] in (",", ")"):
                    array = text == "json_array_length" or _typed_array(toks, i, end)
                    out.append((column, ARRAY if array else _key(toks, end + 1, plain=False)))
        elif text == "-" and i + 1 < len(toks) and toks[i + 1][1] in (">", ">>"):
            start = i - 1
            if start >= 2 and toks[start - 1] == ("op", "."):
                start -= 2
            column, end = _name_at(toks, start)
            if column is not None and end == i:
                out.append((column, _key(toks, i + 2, plain=True)))
    return out


def _typed_array(toks: list[Token], i: int, end: int) -> bool:
    """``json_type(x) = 'array'`` (or ``'array' = json_type(x)``) at ``i``..``end``."""
    if toks[i][1] != "json_type":
        return False
    after = toks[end + 1 : end + 3] if toks[end][1] == ")" else []
    before = toks[i - 2 : i] if i >= 2 else []
    return after == [("op", "="), ("str", "'array'")] or before == [("str", "'array'"), ("op", "=")]


def _name_at(toks: list[Token], i: int) -> tuple[str | None, int]:
    """The column named at ``i`` (``col`` or ``t.col``) and the index past it."""
    if i < 0 or i >= len(toks) or toks[i][0] not in ("word", "name"):
        return None, i
    if i + 2 < len(toks) and toks[i + 1] == ("op", ".") and toks[i + 2][0] in ("word", "name"):
        return toks[i + 2][1].lower(), i + 3
    return toks[i][1].lower(), i + 1


def _key(toks: list[Token], i: int, plain: bool) -> str | None:
    """The top-level key a path literal at ``i`` reads (``'$.user'``, or ``'user'`` after
    an arrow), or None."""
    if i >= len(toks) or toks[i][0] != "str":
        return None
    path = literal([toks[i]])
    if not isinstance(path, str):
        return None
    match = _KEY.match(path)
    if match:
        return match.group(1)
    return path if plain and _PLAIN_KEY.match(path) else None


def json_text(rng: random.Random, keys: tuple[str, ...], n: int, unique: bool) -> str:
    """A JSON object holding ``keys`` (or a note where none is read), or an array where
    ``keys`` is ``(ARRAY,)``, each value a word, an integer or a real; ``unique`` folds
    the row counter in."""
    if keys == (ARRAY,):
        items = [_value(rng) for _ in range(int(rng.random() * 4))]
        return json.dumps([n, *items] if unique else items, ensure_ascii=False)
    obj: dict[str, object] = {key: _value(rng) for key in keys or ("note",)}
    if unique:
        obj["_n"] = n
    return json.dumps(obj, ensure_ascii=False)


def _value(rng: random.Random) -> object:
    pick = rng.random()
    if pick < 0.5:
        return _WORDS[int(rng.random() * len(_WORDS))]
    if pick < 0.8:
        return int(rng.random() * 10_000)
    return round(rng.random() * 1000, 2)
