"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/013_add_air_date_utc.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. ``Execute.Sql`` verbatim."""

from edi_migrations.changes import Backfill

# upstream's point: AirDateUtc starts as a copy of AirDate (its UPDATE of every row)
CHANGES = (Backfill("Episodes", "AirDateUtc", from_column="AirDate"),)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Episodes" ADD COLUMN "AirDateUtc" DATETIME;
UPDATE "Episodes" SET "AirDateUtc" = "AirDate";
"""
    )
