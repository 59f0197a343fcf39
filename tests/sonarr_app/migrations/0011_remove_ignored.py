"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/011_remove_ignored.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. Each column drop is the processor's rebuild."""

from edi_migrations.changes import DropColumn

# upstream's point: Ignored goes, 0010's Monitored (its negation) replaces it
CHANGES = (
    DropColumn("Seasons", "Ignored"),
    DropColumn("Episodes", "Ignored"),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Seasons_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "Monitored" INTEGER);
INSERT INTO "Seasons_temp" ("Id", "SeriesId", "SeasonNumber", "Monitored") SELECT "Id", "SeriesId", "SeasonNumber", "Monitored" FROM "Seasons";
DROP TABLE "Seasons";
ALTER TABLE "Seasons_temp" RENAME TO "Seasons";
CREATE TABLE "Episodes_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvDbEpisodeId" INTEGER NOT NULL, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "EpisodeNumber" INTEGER NOT NULL, "Title" TEXT, "Overview" TEXT, "EpisodeFileId" INTEGER, "AirDate" DATETIME, "AbsoluteEpisodeNumber" INTEGER, "SceneAbsoluteEpisodeNumber" INTEGER, "SceneSeasonNumber" INTEGER, "SceneEpisodeNumber" INTEGER, "Monitored" INTEGER);
INSERT INTO "Episodes_temp" ("Id", "TvDbEpisodeId", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AirDate", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored") SELECT "Id", "TvDbEpisodeId", "SeriesId", "SeasonNumber", "EpisodeNumber", "Title", "Overview", "EpisodeFileId", "AirDate", "AbsoluteEpisodeNumber", "SceneAbsoluteEpisodeNumber", "SceneSeasonNumber", "SceneEpisodeNumber", "Monitored" FROM "Episodes";
DROP TABLE "Episodes";
ALTER TABLE "Episodes_temp" RENAME TO "Episodes";
CREATE UNIQUE INDEX "IX_Episodes_TvDbEpisodeId" ON "Episodes" ("TvDbEpisodeId" ASC);
"""
    )
