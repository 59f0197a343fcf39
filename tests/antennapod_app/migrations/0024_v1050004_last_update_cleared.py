"""AntennaPod ``DBUpgrader``: ``if (oldVersion < 1050004)``: "prevent old timestamps to be
misinterpreted as ETags": every feed's ``last_update`` cleared. SQL verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: "prevent old timestamps to be misinterpreted as ETags"
    Recompute("Feeds", "last_update", "NULL"),
)


def upgrade(conn):
    conn.execute("UPDATE Feeds SET last_update=NULL")
