"""The number a UNIQUE key column holds in row ``n``, inside its CHECK's bounds.

A counter folded into a key never collides, but ``low + n`` leaves a CHECK range
(``level BETWEEN 1 AND 3``) after a few rows, and every draw is then refused: a sound
schema would look unsatisfiable. Inside a closed range the counter wraps, so values
repeat only once the range is used up (the redraws then meet a taken key, and the table
is full); bounded on one side only, it runs away from that bound. Pure.
"""

from __future__ import annotations

GOLDEN = 0.6180339887498949  # n * GOLDEN mod 1 spreads distinct n over [0, 1) apart


def keyed_number(low: float | None, high: float | None, integral: bool, n: int) -> int | float:
    """The key value of row ``n`` between the closed bounds ``low`` and ``high``."""
    if integral:
        if low is not None and high is not None:
            span = int(high) - int(low) + 1
            return int(low) + n % span if span > 0 else int(low)  # empty: CHECK refuses it
        if low is None and high is not None:
            return int(high) - n
        return int(low or 0) + n
    if low is not None and high is not None:
        return low + (high - low) * ((n * GOLDEN) % 1.0)
    if low is None and high is not None:
        return high - n - 0.5
    return float(low or 0) + n + 0.5
