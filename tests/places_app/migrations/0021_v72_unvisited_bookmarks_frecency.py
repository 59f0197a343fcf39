"""Places ``Database::MigrateV72Up()``: "Recalculate frecency of unvisited bookmarks". The
SQL verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: pages with a bookmark (foreign_count) and no visit are marked for recalculation
    Recompute(
        "moz_places",
        "recalc_frecency",
        expression="CASE WHEN foreign_count > 0 AND visit_count = 0 THEN 1 ELSE recalc_frecency END",
    ),
)


def upgrade(conn):
    conn.execute(
        "UPDATE moz_places "
        "SET recalc_frecency = 1 "
        "WHERE foreign_count > 0 AND visit_count = 0"
    )
