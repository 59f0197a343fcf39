"""Places ``Database::MigrateV77Up()``: "Recalculate origins frecency". The SQL verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: every origin marked for recalculation
    Recompute("moz_origins", "recalc_frecency", expression="1"),
)


def upgrade(conn):
    conn.execute("UPDATE moz_origins SET recalc_frecency = 1")
