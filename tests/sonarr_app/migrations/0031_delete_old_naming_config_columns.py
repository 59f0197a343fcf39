"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/031_delete_old_naming_config_columns.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. One ``Delete.Column`` of six columns, one rebuild."""

from edi_migrations.changes import DropColumn

# upstream's point (its name): the old naming settings 0029 turned into formats go
CHANGES = (
    DropColumn("NamingConfig", "Separator"),
    DropColumn("NamingConfig", "NumberStyle"),
    DropColumn("NamingConfig", "IncludeSeriesTitle"),
    DropColumn("NamingConfig", "IncludeEpisodeTitle"),
    DropColumn("NamingConfig", "IncludeQuality"),
    DropColumn("NamingConfig", "ReplaceSpaces"),
)


def upgrade(conn):
    conn.executescript(
        r"""
CREATE TABLE "NamingConfig_temp" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "MultiEpisodeStyle" INTEGER NOT NULL, "RenameEpisodes" INTEGER, "StandardEpisodeFormat" TEXT, "DailyEpisodeFormat" TEXT, "SeasonFolderFormat" TEXT);
INSERT INTO "NamingConfig_temp" ("Id", "MultiEpisodeStyle", "RenameEpisodes", "StandardEpisodeFormat", "DailyEpisodeFormat", "SeasonFolderFormat") SELECT "Id", "MultiEpisodeStyle", "RenameEpisodes", "StandardEpisodeFormat", "DailyEpisodeFormat", "SeasonFolderFormat" FROM "NamingConfig";
DROP TABLE "NamingConfig";
ALTER TABLE "NamingConfig_temp" RENAME TO "NamingConfig";
"""
    )
