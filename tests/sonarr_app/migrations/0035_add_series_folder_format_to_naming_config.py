"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/035_add_series_folder_format_to_naming_config.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import Backfill

# upstream's point: every naming config gets the default series folder format (AllRows)
CHANGES = (Backfill("NamingConfig", "SeriesFolderFormat", constant="{Series Title}"),)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "NamingConfig" ADD COLUMN "SeriesFolderFormat" TEXT;
UPDATE "NamingConfig" SET "SeriesFolderFormat" = '{Series Title}' WHERE 1 = 1;
"""
    )
