"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/034_remove_series_contraints.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. Each ``AlterColumn`` is the processor's rebuild with the new column definition."""

from edi_migrations.changes import DropConstraint

CHANGES = (
    # upstream's point: a series may lack an IMDb id or a title slug
    DropConstraint("Series", "not null", "ImdbId"),
    DropConstraint("Series", "not null", "TitleSlug"),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Series_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT NOT NULL, "Title" TEXT NOT NULL, "TitleSlug" TEXT NOT NULL, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "Network" TEXT, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME, "Year" INTEGER, "Seasons" TEXT);
INSERT INTO "Series_temp" ("Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons") SELECT "Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "Series_temp" RENAME TO "Series";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
CREATE TABLE "Series_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT, "Title" TEXT NOT NULL, "TitleSlug" TEXT NOT NULL, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "Network" TEXT, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME, "Year" INTEGER, "Seasons" TEXT);
INSERT INTO "Series_temp" ("Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons") SELECT "Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "Series_temp" RENAME TO "Series";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
CREATE TABLE "Series_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT, "Title" TEXT NOT NULL, "TitleSlug" TEXT, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "Network" TEXT, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME, "Year" INTEGER, "Seasons" TEXT);
INSERT INTO "Series_temp" ("Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons") SELECT "Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "UseSceneNumbering", "FirstAired", "NextAiring", "Year", "Seasons" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "Series_temp" RENAME TO "Series";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
"""
    )
