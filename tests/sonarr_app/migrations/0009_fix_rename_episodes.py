"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/009_fix_renameEpisodes.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. The column drop is the processor's rebuild."""

from edi_migrations.changes import DropColumn, Recompute

CHANGES = (
    DropColumn("NamingConfig", "SeasonFolderFormat"),
    # upstream's point: the -1 and -2 an older NOT wrote become 1 and 0
    Recompute(
        "NamingConfig",
        "RenameEpisodes",
        expression='CASE "RenameEpisodes" WHEN -1 THEN 1 WHEN -2 THEN 0 ELSE "RenameEpisodes" END',
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "NamingConfig_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Separator" TEXT NOT NULL, "NumberStyle" INTEGER NOT NULL, "IncludeSeriesTitle" INTEGER NOT NULL, "MultiEpisodeStyle" INTEGER NOT NULL, "IncludeEpisodeTitle" INTEGER NOT NULL, "IncludeQuality" INTEGER NOT NULL, "ReplaceSpaces" INTEGER NOT NULL, "RenameEpisodes" INTEGER);
INSERT INTO "NamingConfig_temp" ("Id", "Separator", "NumberStyle", "IncludeSeriesTitle", "MultiEpisodeStyle", "IncludeEpisodeTitle", "IncludeQuality", "ReplaceSpaces", "RenameEpisodes") SELECT "Id", "Separator", "NumberStyle", "IncludeSeriesTitle", "MultiEpisodeStyle", "IncludeEpisodeTitle", "IncludeQuality", "ReplaceSpaces", "RenameEpisodes" FROM "NamingConfig";
DROP TABLE "NamingConfig";
ALTER TABLE "NamingConfig_temp" RENAME TO "NamingConfig";
UPDATE "NamingConfig" SET "RenameEpisodes" = 1 WHERE "RenameEpisodes" = -1;
UPDATE "NamingConfig" SET "RenameEpisodes" = 0 WHERE "RenameEpisodes" = -2;
"""
    )
