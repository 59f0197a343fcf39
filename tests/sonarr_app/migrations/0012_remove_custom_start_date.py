"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/012_remove_custom_start_date.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. The column drop is the processor's rebuild."""

from edi_migrations.changes import DropColumn

# upstream's point (its name): the custom start date goes
CHANGES = (DropColumn("Series", "CustomStartDate"),)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Series_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT NOT NULL, "Title" TEXT NOT NULL, "TitleSlug" TEXT NOT NULL, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "Network" TEXT, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME);
INSERT INTO "Series_temp" ("Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring") SELECT "Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "Series_temp" RENAME TO "Series";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
"""
    )
