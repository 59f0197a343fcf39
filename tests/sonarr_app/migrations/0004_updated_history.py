"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/004_updated_history.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream throws the old history away and starts a new one
    DropTable("History"),
)


def upgrade(conn):
    conn.executescript(
        r"""
DROP TABLE "History";
CREATE TABLE "History" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "EpisodeId" INTEGER NOT NULL, "SeriesId" INTEGER NOT NULL, "SourceTitle" TEXT NOT NULL, "Date" DATETIME NOT NULL, "Quality" TEXT NOT NULL, "Data" TEXT NOT NULL);
"""
    )
