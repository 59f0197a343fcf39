"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/008_remove_backlog.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. Each ``Delete.Column`` is Sonarr's `NzbDroneSQLiteProcessor` rebuild: a `_temp` copy, the old table dropped, the copy renamed, the remaining indexes made again."""

from edi_migrations.changes import DropColumn

# upstream's point (its name): the backlog setting and UseSceneName (0007 read it) go
CHANGES = (
    DropColumn("Series", "BacklogSetting"),
    DropColumn("NamingConfig", "UseSceneName"),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Series_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT NOT NULL, "Title" TEXT NOT NULL, "TitleSlug" TEXT NOT NULL, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "Network" TEXT, "CustomStartDate" DATETIME, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME);
INSERT INTO "Series_temp" ("Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "CustomStartDate", "UseSceneNumbering", "FirstAired", "NextAiring") SELECT "Id", "TvdbId", "TvRageId", "ImdbId", "Title", "TitleSlug", "CleanTitle", "Status", "Overview", "AirTime", "Images", "Path", "Monitored", "QualityProfileId", "SeasonFolder", "LastInfoSync", "LastDiskSync", "Runtime", "SeriesType", "Network", "CustomStartDate", "UseSceneNumbering", "FirstAired", "NextAiring" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "Series_temp" RENAME TO "Series";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
CREATE TABLE "NamingConfig_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Separator" TEXT NOT NULL, "NumberStyle" INTEGER NOT NULL, "IncludeSeriesTitle" INTEGER NOT NULL, "MultiEpisodeStyle" INTEGER NOT NULL, "IncludeEpisodeTitle" INTEGER NOT NULL, "IncludeQuality" INTEGER NOT NULL, "ReplaceSpaces" INTEGER NOT NULL, "SeasonFolderFormat" TEXT NOT NULL, "RenameEpisodes" INTEGER);
INSERT INTO "NamingConfig_temp" ("Id", "Separator", "NumberStyle", "IncludeSeriesTitle", "MultiEpisodeStyle", "IncludeEpisodeTitle", "IncludeQuality", "ReplaceSpaces", "SeasonFolderFormat", "RenameEpisodes") SELECT "Id", "Separator", "NumberStyle", "IncludeSeriesTitle", "MultiEpisodeStyle", "IncludeEpisodeTitle", "IncludeQuality", "ReplaceSpaces", "SeasonFolderFormat", "RenameEpisodes" FROM "NamingConfig";
DROP TABLE "NamingConfig";
ALTER TABLE "NamingConfig_temp" RENAME TO "NamingConfig";
"""
    )
