"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/015_add_air_date_as_string.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Episodes" ADD COLUMN "AirDate" TEXT;
"""
    )
