"""Short, readable names for upgrade paths, whatever the chain's length.

A test id, a glob's target and a cache key named after every step of a walk grow with the
chain, and past about 80 migrations broke file names (ENAMETOOLONG), ``-k``, terminals and
CI reports. So a route is written in runs: ``=>`` walks one migration at a time to the
version it names, ``->`` jumps there in one runner call (``v1=>v100``, ``v1->v100``,
``v1->v3=>v7``). A route of many jumps, which the built-in matrix never makes, is cut to
its ends and a digest of the whole. The full route (``v1->v2->...->v100``) stays
available for failure text and for ``--upgrade-path`` globs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

MAX_ID = 64  # characters; a longer compact id is cut to its ends and a digest
ROUTE_DIGEST = 8  # hex digits telling apart routes cut to the same ends


def route(start_id: str, targets: Sequence[int]) -> str:
    """Every version the path stops at: ``v1->v2->v3``."""
    return start_id + "".join(f"->v{t}" for t in targets)


def compact_id(start_id: str, start_version: int, targets: Sequence[int]) -> str:
    """The route in runs: two or more single steps in a row are one ``=>``."""
    text, previous, i = start_id, start_version, 0
    while i < len(targets):
        j = i
        while j < len(targets) and targets[j] == (targets[j - 1] if j > i else previous) + 1:
            j += 1
        if j - i >= 2:
            text, previous, i = f"{text}=>v{targets[j - 1]}", targets[j - 1], j
        else:
            text, previous, i = f"{text}->v{targets[i]}", targets[i], i + 1
    if len(text) <= MAX_ID:
        return text
    digest = hashlib.sha256(route(start_id, targets).encode()).hexdigest()[:ROUTE_DIGEST]
    return f"{start_id}->v{targets[0]}~{len(targets)}stops~v{targets[-1]}-{digest}"


def steps_key(steps: Sequence[int]) -> str:
    """A fixed-length name for the versions a start was stepped through, readable at its
    ends: ``v2..v99-<digest>``."""
    digest = hashlib.sha256(".".join(map(str, steps)).encode()).hexdigest()[:ROUTE_DIGEST]
    return f"v{steps[0]}..v{steps[-1]}-{digest}"
