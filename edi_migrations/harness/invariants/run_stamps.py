"""A column where two runs of the same steps differ only by the times they hold.

Resumed and uninterrupted runs (or a round trip) that differ only where a migration
stamps the time it ran are both correct: a list of differing rows alone leaves the
author to guess that ``MigrationTime`` is what says so. When every differing value of a
column, on both sides, reads as a date and time, the evidence names that declaration.
"""

from __future__ import annotations

from datetime import datetime

from edi_migrations import changes as ch
from edi_migrations.harness.dbstate import Value
from edi_migrations.harness.invariants.hints import paste
from edi_migrations.harness.invariants.values import value_key

Tables = dict[str, tuple[tuple[str, ...], dict]]  # a UserState's rows: (columns, row by key)


def is_time(value: Value) -> bool:
    """A TEXT value that reads as an ISO date and time (``2026-12-07 17:51:12``)."""
    kind, raw = value
    if kind != "text" or not isinstance(raw, str) or len(raw) < 10:
        return False
    try:
        datetime.fromisoformat(raw)
    except ValueError:
        return False
    return True


def time_stamp_hints(expected: Tables, actual: Tables) -> list[str]:
    """One line per column whose rows (the same keys on both sides) differ only in
    date-and-time values: the declaration for a time the migration stamps there."""
    lines = []
    for table in sorted(expected.keys() & actual.keys()):
        (columns, old), (new_columns, new) = expected[table], actual[table]
        if columns != new_columns or old.keys() != new.keys():
            continue
        for i, column in enumerate(columns):
            differing = [
                (old[k][i], new[k][i]) for k in old if value_key(old[k][i]) != value_key(new[k][i])
            ]
            if differing and all(is_time(a) and is_time(b) for a, b in differing):
                lines.append(
                    f"{table}.{column} holds times that differ between the two runs: if a "
                    "migration stamps the time it ran there, "
                    + paste(ch.MigrationTime(table, column))
                )
    return lines
