"""Chromium cookie store ``cur_version == 18``: "Version 19 caps expires_utc to no more than
400 days in the future for all stored cookies with has_expires" (rfc6265bis section 7.2).
The UPDATE verbatim, both parameters ``base::Time::Now() + base::Days(400)`` (Now
approximated as the start of the UTC day: ``_chrome.EXPIRES_CAP_SQL``).

Not ``KEEPS_PREVIOUS_APP``: the block records ``last_compatible_version`` =
``std::min(19, kCompatibleVersionNumber)``, and every copy of the file read for the port
has ``kCompatibleVersionNumber`` equal to ``kCurrentVersionNumber`` (18 at version 18, 20
at 20, 24 at 24; no copy at 19 was found), so a version-18 build razes the file as too new.
"""

from _chrome import EXPIRES_CAP_SQL

from edi_migrations.changes import Recompute

CHANGES = (
    # "caps expires_utc to no more than 400 days in the future ... with has_expires"
    Recompute(
        "cookies",
        "expires_utc",
        expression=f"CASE WHEN has_expires = 1 AND expires_utc > {EXPIRES_CAP_SQL} "
        f"THEN {EXPIRES_CAP_SQL} ELSE expires_utc END",
    ),
)


def upgrade(conn):
    expires_cap = conn.execute(f"SELECT {EXPIRES_CAP_SQL}").fetchone()[0]
    conn.execute(
        "UPDATE cookies SET expires_utc = ? WHERE has_expires = 1 AND expires_utc > ?",
        (expires_cap, expires_cap),
    )
