"""One line of the previous-app section: the migrations that could say ``KEEPS_PREVIOUS_APP``.

A migration the previous app keeps working on, making no claim and declaring no break,
leaves the build one version back refused on the files it upgrades when one word would
let it start (and the check then holds it to that). The lines already say which they
are ("keeps working on vN" and nothing after), so the hint reads them: no work more.
"""

from __future__ import annotations

import re

from edi_migrations.harness.previous_app import CLAIM

_FREE = re.compile(r"^(?P<migration>\S+): the v(?P<old>\d+) app keeps working on v\d+$")
SHOWN = 3


def hint(headlines: list[str]) -> list[str]:
    """The hint's line (none when no migration could make the claim)."""
    free = [m for line in headlines if (m := _FREE.match(line))]
    if not free:
        return []
    if len(free) == 1:
        m = free[0]
        return [
            f"{m['migration']} could say {CLAIM}: the v{m['old']} build would then start on "
            "the files it upgrades"
        ]
    names = ", ".join(m["migration"] for m in free[:SHOWN])
    more = f" and {len(free) - SHOWN} more" if len(free) > SHOWN else ""
    return [
        f"{names}{more} could say {CLAIM}: the build before each would then start on the "
        "files it upgrades"
    ]
