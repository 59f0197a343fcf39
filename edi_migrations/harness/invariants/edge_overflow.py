"""Where a value changed between an integer beyond REAL's exact range and a REAL: the
start held the generator's 64-bit edge values, and arithmetic on them left INTEGER.

The edge sweep puts SQLite's largest integers (±2^63, or ±(2^53 + 1) in a column a view
sums: ``rows.view_sums``) in every INTEGER column, so that a migration is seen to keep
them exactly; ``cents * 10`` on them overflows to REAL. The evidence said only
``integer 9223372036854775807 -> real 9.22e+18``: not that the value came from the
generator, nor how an app that never holds such values says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from edi_migrations.harness.dbstate import Value

EXACT = 2**53  # beyond it, a REAL cannot hold every integer


def overflowed(old: Value, new: Value) -> bool:
    """An integer no REAL holds exactly that came back a REAL. Only that way: a REAL
    (1.79e308) cast to an INTEGER (clamped to 2^63 - 1) is no overflow of the edges."""
    whole = old[1]
    return (old[0], new[0]) == ("integer", "real") and isinstance(whole, int) and abs(whole) > EXACT


def edge_hints(table: str, columns: Iterable[str]) -> list[str]:
    """One line per column whose values ``overflowed``: where they come from, the way out."""
    return [
        f"{table}.{column}: the start held the 64-bit edge values (the generated rows "
        "put SQLite's largest integers in every INTEGER column), and arithmetic on them "
        "overflows to REAL; if the app never holds such values, say so: a CHECK on the "
        "column's range keeps the generated rows within it, or give the app's own rows "
        "(app_writes)"
        for column in sorted(set(columns))
    ]
