"""Which of the schema's triggers can keep a table of the start database empty.

A ``BEFORE INSERT ... RAISE`` trigger the generator cannot read as a foreign key (it
reads calibre's ``fkc_insert_*`` shape: ``rows/trigger_keys.py``) refuses the rows drawn
for that table: the coverage failure names those triggers and what they raise, where it
could only say the table is empty.
"""

from __future__ import annotations

import re

from edi_migrations.harness.invariants.trigger_refusals import RAISE
from edi_migrations.harness.rows.trigger_keys import triggers_on
from edi_migrations.sqlite.dbapi import sqlite3

_KIND = re.compile(r"raise\s*\(\s*(abort|fail|rollback)", re.I)


def refusing_triggers(conn: sqlite3.Connection, table: str) -> list[str]:
    """A line per ``BEFORE INSERT`` trigger on ``table`` that RAISEs, naming it and its
    message."""
    lines = []
    for name, text in triggers_on(conn, table):
        head = re.split(r"\bbegin\b", text, maxsplit=1, flags=re.I)[0]
        if not re.search(r"\bbefore\s+insert\b", head, re.I):
            continue
        kinds = [k.upper() for k in _KIND.findall(text)]
        for kind, message in zip(kinds, RAISE.findall(text), strict=False):
            lines.append(
                f"trigger {name} (BEFORE INSERT ON {table}) can refuse the rows from the "
                f"schema: RAISE({kind}, '{message}')"
            )
    return lines


def _gap_table(gap: str) -> str | None:
    """The table of a coverage gap: an empty table, or one with a column NULL in every row
    (a trigger refusing every value drawn for it lets only NULL through)."""
    if gap.startswith("table ") and gap.endswith(" is empty"):
        return gap[len("table ") : -len(" is empty")]
    if gap.startswith("column ") and " is NULL in all " in gap:
        return gap[len("column ") :].split(" is NULL in all ")[0].rsplit(".", 1)[0]
    return None


def trigger_advice(conn: sqlite3.Connection, missing: list[str]) -> list[str]:
    """For each table of ``missing`` (coverage gaps), its refusing triggers, and the way
    out when there are any."""
    tables = dict.fromkeys(t for t in map(_gap_table, missing) if t is not None)
    found = [line for table in tables for line in refusing_triggers(conn, table)]
    if found:
        found.append(
            "the generator honours declared FOREIGN KEYs and triggers that only refuse a "
            "missing parent row, not these: INSERT these rows in app_writes: it runs before "
            "the generated rows, an UPDATE there finds none (parents first, existing parent "
            "ids), or declare the key REFERENCES"
        )
    return found
