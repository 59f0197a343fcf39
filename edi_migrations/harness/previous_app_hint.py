"""One line of the previous-app section: the newest migration could say ``KEEPS_PREVIOUS_APP``.

A migration the previous app keeps working on, making no claim and declaring no break,
leaves the build one version back refused on the files it upgrades when one word would
let it start (and the check then holds it to that). The lines already say which they
are ("keeps working on vN" and nothing after), so the hint reads them: no work more.
"""

from __future__ import annotations

import re

from edi_migrations.harness.previous_app import CLAIM

_FREE = re.compile(r"^(?P<migration>\S+): the v(?P<old>\d+) app keeps working on v\d+$")


def hint(headlines: list[str]) -> list[str]:
    """The hint's line for the chain's newest migration, the one being written (none when
    it could not make the claim): a released one cannot take it, as the claim is part of
    its checksum and the files it upgraded hold no record of it."""
    m = _FREE.match(headlines[-1]) if headlines else None
    if m is None:
        return []
    return [
        f"{m['migration']} could say {CLAIM} (before it is released): the v{m['old']} build "
        "would then start on the files it upgrades"
    ]
