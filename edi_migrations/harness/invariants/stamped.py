"""Values a migration stamps into rows that already exist: a ``MigrationTime`` or
``RandomValue`` narrowed by ``where=`` (the rows it selects, SQL over each row before the
migration) or ``json_path=`` (one key of a JSON document kept as TEXT).

A whole-column declaration only fits a column the migration adds: Zotero's step 94
stamps the items it takes out of My Publications, Signal's v85 writes ``Date.now()``
into a key of each pre-key's JSON, Kanboard's ``version_29`` draws two of its settings.
Declared narrowly, only the selected rows, or only that key, may hold anything; the
other rows and the rest of each document are compared as before, after a path and
between two runs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from edi_migrations import changes as ch
from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.json_paths import _document as parsed_document

Stamp = ch.MigrationTime | ch.RandomValue
Step = str | int
STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\."((?:[^"\\]|\\.)*)"|\[(\d+)\]')
ANY_VALUE: Value = ("stamped", None)  # what a comparison of two runs sees in a stamped cell


def narrowed(change: object) -> bool:
    """A ``MigrationTime`` or ``RandomValue`` naming some rows or one key, not the column."""
    return isinstance(change, Stamp) and (change.where is not None or change.json_path is not None)


def parse_path(text: str) -> tuple[Step, ...]:
    """A JSON path as SQLite's json functions spell it (``$.a.b``, ``$."a b"``, ``$.a[0]``),
    as the keys and indexes it steps through; a ValueError names a path it cannot read."""
    if not text.startswith("$"):
        raise ValueError(f"json_path {text!r}: a JSON path starts with '$' ($.timestamp)")
    steps: list[Step] = []
    at = 1
    while at < len(text):
        match = STEP.match(text, at)
        if match is None:
            raise ValueError(f"json_path {text!r}: cannot read it from {text[at:]!r}")
        plain, quoted, index = match.groups()
        steps.append(int(index) if index is not None else plain or json.loads(f'"{quoted}"'))
        at = match.end()
    if not steps:
        raise ValueError(f"json_path {text!r}: names the whole document, not a key of it")
    return tuple(steps)


def without_key(value: Value, path: tuple[Step, ...]) -> tuple[bool, str] | None:
    """Whether the document holds the key at ``path``, and the rest of it as canonical text
    (keys sorted, no spaces: SQLite's json_set rewrites the text it leaves alone); None
    where the value is not a TEXT holding a JSON object or array."""
    boxed = parsed_document(value)
    if boxed is None:
        return None
    doc = boxed[0]
    held, inner = False, doc
    for n, step in enumerate(path):
        last = n == len(path) - 1
        if isinstance(inner, dict) and isinstance(step, str) and step in inner:
            held, inner = (True, inner.pop(step)) if last else (False, inner[step])
        elif isinstance(inner, list) and isinstance(step, int) and step < len(inner):
            held, inner = (True, inner.pop(step)) if last else (False, inner[step])
        else:
            break
    return held, json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Stamped:
    """The declarations stamping one column of a table: each, the rows its condition
    selects (None: every row) and the key it writes (None: the whole value)."""

    parts: tuple[tuple[frozenset | None, tuple[Step, ...] | None], ...]
    said: str = ""  # the declarations, as written: the evidence names what they allow

    def allows(self, rowid: object, was: Value | None, now: Value) -> bool:
        """Whether ``now`` may stand where ``was`` stood (None: a column new on the path)."""
        for rows, path in self.parts:
            if rows is not None and rowid not in rows:
                continue
            if path is None:
                return True
            old = None if was is None else without_key(was, path)
            new = without_key(now, path)
            if old is not None and new is not None and new[0] and old[1] == new[1]:
                return True  # the key written (added or changed), the rest as it was
        return False


def masked(value: Value, path: tuple[Step, ...] | None) -> Value:
    """A stamped cell as two runs compare it: nothing of it where the whole value is
    stamped, else the document less the stamped key (a value that is no document as is)."""
    if path is None:
        return ANY_VALUE
    rest = without_key(value, path)
    return value if rest is None else ("text", rest[1])
