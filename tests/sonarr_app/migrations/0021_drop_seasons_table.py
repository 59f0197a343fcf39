"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/021_drop_seasons_table.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DropTable

# upstream's point (its name): 0020 moved the seasons into Series.Seasons
CHANGES = (DropTable("Seasons"),)


def upgrade(conn):
    conn.executescript(
        r"""
DROP TABLE "Seasons";
"""
    )
