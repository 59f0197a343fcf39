"""The line that stands for the evidence a failure does not show: how many lines were
left out, per column (or table, for whole rows), and every column affected in all, so a
failure with 55 values lost names each column even when 8 lines are shown."""

from __future__ import annotations

import re
from collections import Counter

SUBJECT = re.compile(r"^(?:quarantined )?(\S+) rowid -?\d")


def subject(line: str) -> str:
    """What an evidence line is about: ``table.column`` for a value, ``table (rows)``
    for a whole row, ``other`` for the rest."""
    found = SUBJECT.match(line)
    if found is None:
        return "other"
    name = found.group(1)
    return name if "." in name else f"{name} (rows)"


def left_out(evidence: list[str], shown: int) -> str:
    """``… and N more not shown: a.b 4, c.d 2 (in all: a.b 5, ...)``."""
    rest = evidence[shown:]
    return f"… and {len(rest)} more not shown: {_counts(rest)} (in all: {_counts(evidence)})"


def _counts(lines: list[str]) -> str:
    counts = Counter(subject(line) for line in lines)
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))
