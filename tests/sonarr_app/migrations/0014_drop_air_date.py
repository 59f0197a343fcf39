"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/014_drop_air_date.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. The column drop is the processor's rebuild."""

from edi_migrations.changes import DropColumn

# upstream's point (its name): AirDate goes, 0013's AirDateUtc replaces it
CHANGES = (DropColumn("Episodes", "AirDate"),)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Episodes_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvDbEpisodeId" INTEGER NOT NULL, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "EpisodeNumber" INTEGER NOT NULL, "Title" TEXT, "Overview" TEXT, "EpisodeFileId" INTEGER, "AbsoluteEpisodeNumber" INTEGER, "SceneAbsoluteEpisodeNumber" INTEGER, "SceneSeasonNumber" INTEGER, "SceneEpisodeNumber" INTEGER, "Monitored" INTEGER, "AirDateUtc" DATETIME);
INSERT INTO "Episodes_temp" ("Id", "TvDbEpisodeId", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored", "AirDateUtc") SELECT "Id", "TvDbEpisodeId", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored", "AirDateUtc" FROM "Episodes";
DROP TABLE "Episodes";
ALTER TABLE "Episodes_temp" RENAME TO "Episodes";
CREATE UNIQUE INDEX "IX_Episodes_TvDbEpisodeId" ON "Episodes" ("TvDbEpisodeId" ASC);
"""
    )
