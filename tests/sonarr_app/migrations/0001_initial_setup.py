"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/001_initial_setup.cs`` (FluentMigrator), ported: the main database's tables (`MainDbUpgrade`; `Logs` lives in the separate log database and is left out), the SQL FluentMigrator's SQLite generator emits for each call, one script."""

# What Sonarr writes at every version where a migration reads it back in C#: one naming
# row (NamingConfigService), its enums (NumberStyle, MultiEpisodeStyle) one of their four
# values, its separator one the UI offers; a season row per series and number (until
# v21), its flags C# booleans (0 or 1, never NULL).
NAMING_VALUES = {
    "Separator": lambda rng: rng.choice([" - ", ".", " "]),
    "NumberStyle": lambda rng: rng.randint(0, 3),
    "MultiEpisodeStyle": lambda rng: rng.randint(0, 3),
    "SeasonFolderFormat": lambda rng: rng.choice(["Season {season}", "Season {season:00}"]),
    "StandardEpisodeFormat": lambda rng: "{Series Title} - S{season:00}E{episode:00}",
    "DailyEpisodeFormat": lambda rng: "{Series Title} - {Air-Date}",
    "SeriesFolderFormat": lambda rng: "{Series Title}",
}


def app_writes(conn, ctx):
    """The naming row and season rows as Sonarr writes them (``NAMING_VALUES``, above)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'Seasons'").fetchone():
        flags = [r[1] for r in conn.execute('PRAGMA table_info("Seasons")')][3:]
        names = ", ".join(f'"{c}"' for c in ["SeriesId", "SeasonNumber", *flags])
        marks = ", ".join("?" for _ in range(2 + len(flags)))
        for row in range(ctx.rows):
            values = [row // 4 + 1, row % 4, *(ctx.rng.randint(0, 1) for _ in flags)]
            conn.execute(f'INSERT INTO "Seasons" ({names}) VALUES ({marks})', values)
    columns = [row[1] for row in conn.execute('PRAGMA table_info("NamingConfig")')][1:]
    values = [NAMING_VALUES.get(c, lambda rng: rng.randint(0, 1))(ctx.rng) for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.execute(f'INSERT INTO "NamingConfig" ({names}) VALUES ({marks})', values)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "Config" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Key" TEXT NOT NULL, "Value" TEXT NOT NULL);
CREATE UNIQUE INDEX "IX_Config_Key" ON "Config" ("Key" ASC);
CREATE TABLE "RootFolders" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Path" TEXT NOT NULL);
CREATE UNIQUE INDEX "IX_RootFolders_Path" ON "RootFolders" ("Path" ASC);
CREATE TABLE "Series" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "TvRageId" INTEGER NOT NULL, "ImdbId" TEXT NOT NULL, "Title" TEXT NOT NULL, "TitleSlug" TEXT NOT NULL, "CleanTitle" TEXT NOT NULL, "Status" INTEGER NOT NULL, "Overview" TEXT, "AirTime" TEXT, "Images" TEXT NOT NULL, "Path" TEXT NOT NULL, "Monitored" INTEGER NOT NULL, "QualityProfileId" INTEGER NOT NULL, "SeasonFolder" INTEGER NOT NULL, "LastInfoSync" DATETIME, "LastDiskSync" DATETIME, "Runtime" INTEGER NOT NULL, "SeriesType" INTEGER NOT NULL, "BacklogSetting" INTEGER NOT NULL, "Network" TEXT, "CustomStartDate" DATETIME, "UseSceneNumbering" INTEGER NOT NULL, "FirstAired" DATETIME, "NextAiring" DATETIME);
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TvRageId" ON "Series" ("TvRageId" ASC);
CREATE UNIQUE INDEX "IX_Series_ImdbId" ON "Series" ("ImdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
CREATE TABLE "Seasons" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "Ignored" INTEGER NOT NULL);
CREATE TABLE "Episodes" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvDbEpisodeId" INTEGER NOT NULL, "SeriesId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "EpisodeNumber" INTEGER NOT NULL, "Title" TEXT, "Overview" TEXT, "Ignored" INTEGER, "EpisodeFileId" INTEGER, "AirDate" DATETIME, "AbsoluteEpisodeNumber" INTEGER, "SceneAbsoluteEpisodeNumber" INTEGER, "SceneSeasonNumber" INTEGER, "SceneEpisodeNumber" INTEGER);
CREATE UNIQUE INDEX "IX_Episodes_TvDbEpisodeId" ON "Episodes" ("TvDbEpisodeId" ASC);
CREATE TABLE "EpisodeFiles" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "SeriesId" INTEGER NOT NULL, "Path" TEXT NOT NULL, "Quality" TEXT NOT NULL, "Size" INTEGER NOT NULL, "DateAdded" DATETIME NOT NULL, "SeasonNumber" INTEGER NOT NULL, "SceneName" TEXT, "ReleaseGroup" TEXT);
CREATE UNIQUE INDEX "IX_EpisodeFiles_Path" ON "EpisodeFiles" ("Path" ASC);
CREATE TABLE "History" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "EpisodeId" INTEGER NOT NULL, "SeriesId" INTEGER NOT NULL, "NzbTitle" TEXT NOT NULL, "Date" DATETIME NOT NULL, "Quality" TEXT NOT NULL, "Indexer" TEXT NOT NULL, "NzbInfoUrl" TEXT, "ReleaseGroup" TEXT);
CREATE TABLE "Notifications" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Name" TEXT NOT NULL, "OnGrab" INTEGER NOT NULL, "OnDownload" INTEGER NOT NULL, "Settings" TEXT NOT NULL, "Implementation" TEXT NOT NULL);
CREATE TABLE "ScheduledTasks" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TypeName" TEXT NOT NULL, "Interval" INTEGER NOT NULL, "LastExecution" DATETIME NOT NULL);
CREATE UNIQUE INDEX "IX_ScheduledTasks_TypeName" ON "ScheduledTasks" ("TypeName" ASC);
CREATE TABLE "Indexers" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Enable" INTEGER NOT NULL, "Name" TEXT NOT NULL, "Implementation" TEXT NOT NULL, "Settings" TEXT);
CREATE UNIQUE INDEX "IX_Indexers_Name" ON "Indexers" ("Name" ASC);
CREATE TABLE "QualityProfiles" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Name" TEXT NOT NULL, "Cutoff" INTEGER NOT NULL, "Allowed" TEXT NOT NULL);
CREATE UNIQUE INDEX "IX_QualityProfiles_Name" ON "QualityProfiles" ("Name" ASC);
CREATE TABLE "QualitySizes" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "QualityId" INTEGER NOT NULL, "Name" TEXT NOT NULL, "MinSize" INTEGER NOT NULL, "MaxSize" INTEGER NOT NULL);
CREATE UNIQUE INDEX "IX_QualitySizes_QualityId" ON "QualitySizes" ("QualityId" ASC);
CREATE UNIQUE INDEX "IX_QualitySizes_Name" ON "QualitySizes" ("Name" ASC);
CREATE TABLE "SceneMappings" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "CleanTitle" TEXT NOT NULL, "SceneName" TEXT NOT NULL, "TvdbId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL);
CREATE TABLE "NamingConfig" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "UseSceneName" INTEGER NOT NULL, "Separator" TEXT NOT NULL, "NumberStyle" INTEGER NOT NULL, "IncludeSeriesTitle" INTEGER NOT NULL, "MultiEpisodeStyle" INTEGER NOT NULL, "IncludeEpisodeTitle" INTEGER NOT NULL, "IncludeQuality" INTEGER NOT NULL, "ReplaceSpaces" INTEGER NOT NULL, "SeasonFolderFormat" TEXT NOT NULL);
"""
    )
