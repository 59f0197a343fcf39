"""Foreign keys an app enforces with triggers, read as foreign keys for the generator.

Before 3.6.19 SQLite enforced no REFERENCES; apps of that time (calibre's library,
Firefox's places) guard each reference with a ``BEFORE INSERT`` trigger that RAISEs when
the parent row is missing. Rows drawn without knowing this are refused and the child
table stays empty. Only the common shapes are read, and a trigger only when every RAISE
in it waits on nothing but missing parent rows::

    SELECT CASE WHEN (SELECT pk FROM parent WHERE pk = NEW.col) IS NULL THEN RAISE(...) END
    SELECT RAISE(...) WHERE NOT EXISTS (SELECT 1 FROM parent WHERE pk = NEW.col)
    ... WHEN NEW.col IS NOT NULL AND <either> ...   (NULL admitted)

Any other trigger is left alone (the coverage failure names it). The checks never see
these keys: they compare what SQLite declares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edi_migrations.sqlite.dbapi import sqlite3

_ID = r"[`\"\[]?(\w+)[`\"\]]?"
_NEW = rf"new\s*\.\s*{_ID}"
_WHERE = rf"where\s+(?:{_ID}\s*=\s*{_NEW}|{_NEW}\s*=\s*{_ID})\s*\)"
_LOOKUP = re.compile(rf"\(\s*select\s+{_ID}\s+from\s+{_ID}\s+{_WHERE}\s*is\s+null")
_ABSENT = re.compile(rf"not\s+exists\s*\(\s*select\s+(?:1|\*|{_ID})\s+from\s+{_ID}\s+{_WHERE}")
_GUARD = re.compile(rf"{_NEW}\s+is\s+not\s+null")
_RAISE = r"raise\s*\(\s*(?:abort|fail|rollback)\s*,\s*''\s*\)"
_HEAD = re.compile(
    r"create\s+trigger\s+(?:if\s+not\s+exists\s+)?\S+\s+before\s+insert\s+on\s+\S+"
    r"(?:\s+for\s+each\s+row)?(?:\s+when\s+(?P<when>.*))?",
)
_CASE = re.compile(rf"select\s+case\s+(?P<arms>(?:when\s+.+?\s+then\s+{_RAISE}\s*)+)end")
_ARM = re.compile(rf"when\s+(.+?)\s+then\s+{_RAISE}")
_LITERALS = re.compile(r"'(?:[^']|'')*'|--[^\n]*|/\*.*?(?:\*/|$)", re.S)
_WHERE_RAISE = re.compile(rf"select\s+{_RAISE}(?:\s+where\s+(?P<cond>.+))?")


@dataclass(frozen=True)
class TriggerKey:
    """One reference a trigger guards: ``column`` of the child names ``parent.key``."""

    column: str
    parent: str
    key: str
    null_ok: bool  # a ``NEW.col IS NOT NULL AND`` guard lets NULL through


def trigger_keys(conn: sqlite3.Connection, table: str) -> tuple[TriggerKey, ...]:
    """The references the ``BEFORE INSERT`` triggers on ``table`` guard, in trigger name
    order; none from a trigger of another shape."""
    out: list[TriggerKey] = []
    for _name, sql in triggers_on(conn, table):
        for key in read_trigger(sql):
            if key not in out:
                out.append(key)
    return tuple(out)


def triggers_on(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """Each trigger on ``table``: its name and SQL, in name order."""
    return conn.execute(
        "SELECT name, coalesce(sql, '') FROM main.sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = ? ORDER BY name",
        (table,),
    ).fetchall()


def read_trigger(sql: str) -> tuple[TriggerKey, ...]:
    """The references one trigger guards, or none when it is not of the common shapes."""
    text = " ".join(_LITERALS.sub(_blank, sql).lower().split())
    parts = re.split(r"\bbegin\b", text, maxsplit=1)
    head = _HEAD.fullmatch(parts[0].strip()) if len(parts) == 2 else None
    if head is None or not parts[1].strip().endswith("end"):
        return ()
    when = head.group("when")
    conditions: list[str] = []
    for statement in [s.strip() for s in parts[1].strip()[: -len("end")].split(";")]:
        if not statement:
            continue
        case, plain = _CASE.fullmatch(statement), _WHERE_RAISE.fullmatch(statement)
        if case:
            conditions += _ARM.findall(case.group("arms"))
        elif plain:
            conditions.append(plain.group("cond") or "")
        else:
            return ()  # writes, or refuses for another reason
    keys: list[TriggerKey] = []
    for condition in conditions:
        found = _condition_keys(" and ".join(c for c in (when, condition) if c))
        if not found:
            return ()
        keys += [k for k in found if k not in keys]
    return tuple(keys)


def _blank(match: re.Match[str]) -> str:
    """A string literal as ``''`` (its text, a message, never matters), a comment as a space."""
    return "''" if match.group().startswith("'") else " "


def _condition_keys(condition: str) -> list[TriggerKey] | None:
    """The references of one RAISE's condition: every term a missing parent row or a
    ``NEW.col IS NOT NULL`` guard; None for any other term."""
    lookups: list[tuple[str, str, str]] = []
    guarded: set[str] = set()
    for term in _terms(condition):
        if guard := _GUARD.fullmatch(term):
            guarded.add(guard.group(1))
        elif found := _LOOKUP.fullmatch(term) or _ABSENT.fullmatch(term):
            lookups.append(_lookup(found))
        else:
            return None
    if not lookups:
        return None
    return [TriggerKey(col, parent, key, col in guarded) for col, parent, key in lookups]


def _lookup(match: re.Match[str]) -> tuple[str, str, str]:
    """(child column, parent, parent key) of a lookup: the key is the one compared."""
    groups = [g for g in match.groups()]
    parent = groups[-5]
    left_key, left_col, right_col, right_key = groups[-4:]
    return (left_col or right_col, parent, left_key or right_key)


def _terms(condition: str) -> list[str]:
    """``condition`` split at its top-level ANDs (outer parentheses dropped)."""
    text = condition.strip()
    while text.startswith("(") and _closes_at_end(text):
        text = text[1:-1].strip()
    terms, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|\band\b", text):
        token = m.group()
        depth += {"(": 1, ")": -1}.get(token, 0)
        if token == "and" and depth == 0:
            terms.append(text[start : m.start()].strip())
            start = m.end()
    terms.append(text[start:].strip())
    return terms


def _closes_at_end(text: str) -> bool:
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return i == len(text) - 1
    return False
