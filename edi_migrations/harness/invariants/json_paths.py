"""Where two JSON documents kept as TEXT differ, by JSON path.

A JSON-valued column whose document lost or changed a key was shown as two text excerpts
cut at 60 characters: the key that went missing often sits past the cut, and the reader
diffed the documents by eye. Where both sides parse as JSON objects or arrays, the
evidence names the paths that differ (``$.prefs.theme removed (was "dark")``), as
SQLite's json functions spell them; the excerpts stay beside it as context.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

SHOWN_PATHS = 3  # differing paths named in one line of evidence
VALUE_WIDTH = 30  # characters of a JSON value shown beside its path
PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def json_change(expected: tuple[str, object], actual: tuple[str, object]) -> str | None:
    """``JSON <path> removed|added|changed ...`` for two TEXT values that both parse as a
    JSON object or array and differ; None otherwise (not both JSON documents, or equal)."""
    docs = [_document(v) for v in (expected, actual)]
    if docs[0] is None or docs[1] is None:
        return None
    changes = list(_differences("$", docs[0][0], docs[1][0]))
    if not changes:
        return None
    text = "; ".join(changes[:SHOWN_PATHS])
    more = len(changes) - SHOWN_PATHS
    return f"JSON {text}" + (f" (and {more} more)" if more > 0 else "")


def _document(value: tuple[str, object]) -> tuple[object] | None:
    """The parsed document, boxed (a document may be ``[]``), where the value is a TEXT
    holding a JSON object or array."""
    kind, raw = value
    if kind != "text" or not isinstance(raw, str) or raw.lstrip()[:1] not in ("{", "["):
        return None
    try:
        parsed = json.loads(raw)
    except ValueError:
        return None
    return (parsed,) if isinstance(parsed, dict | list) else None


def _differences(path: str, was: object, now: object) -> Iterator[str]:
    """Each path where ``now`` differs from ``was``, depth first, in ``was``'s order."""
    if isinstance(was, dict) and isinstance(now, dict):
        for key, value in was.items():
            inner = path + _step(key)
            if key not in now:
                yield f"{inner} removed (was {_shown(value)})"
            else:
                yield from _differences(inner, value, now[key])
        for key in now.keys() - was.keys():
            yield f"{path + _step(key)} added ({_shown(now[key])})"
    elif isinstance(was, list) and isinstance(now, list):
        for at, value in enumerate(was):
            if at >= len(now):
                yield f"{path}[{at}] removed (was {_shown(value)})"
            else:
                yield from _differences(f"{path}[{at}]", value, now[at])
        for at in range(len(was), len(now)):
            yield f"{path}[{at}] added ({_shown(now[at])})"
    elif not _same(was, now):
        yield f"{path} changed ({_shown(was)} -> {_shown(now)})"


def _same(a: object, b: object) -> bool:
    """Equal and of one JSON type (Python's ``1 == 1.0 == True`` is not JSON's)."""
    return type(a) is type(b) and a == b


def _step(key: str) -> str:
    return f".{key}" if PLAIN_KEY.match(key) else "." + json.dumps(key, ensure_ascii=False)


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text[:VALUE_WIDTH] + "…" if len(text) > VALUE_WIDTH else text
