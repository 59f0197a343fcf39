"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/024_drop_tvdb_episodeid.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. The column drop is the processor's rebuild (its unique index goes with it)."""

from edi_migrations.changes import DropColumn, DropObject

CHANGES = (
    DropColumn("Episodes", "TvDbEpisodeId"),
    # its unique index goes with the column, as the processor drops it
    DropObject("index", "IX_Episodes_TvDbEpisodeId"),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Episodes_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "EpisodeNumber" INTEGER NOT NULL, "Title" TEXT, "Overview" TEXT, "EpisodeFileId" INTEGER, "AbsoluteEpisodeNumber" INTEGER, "SceneAbsoluteEpisodeNumber" INTEGER, "SceneSeasonNumber" INTEGER, "SceneEpisodeNumber" INTEGER, "Monitored" INTEGER, "AirDateUtc" DATETIME, "AirDate" TEXT);
INSERT INTO "Episodes_temp" ("Id", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored", "AirDateUtc", "AirDate") SELECT "Id", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored", "AirDateUtc", "AirDate" FROM "Episodes";
DROP TABLE "Episodes";
ALTER TABLE "Episodes_temp" RENAME TO "Episodes";
"""
    )
