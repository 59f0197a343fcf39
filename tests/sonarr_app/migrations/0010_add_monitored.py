"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/010_add_monitored.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: monitored is the old ignored flag negated (NULL stays NULL)
    Backfill("Episodes", "Monitored", expression='CASE "Ignored" WHEN 0 THEN 1 WHEN 1 THEN 0 END'),
    Backfill("Seasons", "Monitored", expression='CASE "Ignored" WHEN 0 THEN 1 WHEN 1 THEN 0 END'),
)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Episodes" ADD COLUMN "Monitored" INTEGER;
ALTER TABLE "Seasons" ADD COLUMN "Monitored" INTEGER;
UPDATE "Episodes" SET "Monitored" = 1 WHERE "Ignored" = 0;
UPDATE "Episodes" SET "Monitored" = 0 WHERE "Ignored" = 1;
UPDATE "Seasons" SET "Monitored" = 1 WHERE "Ignored" = 0;
UPDATE "Seasons" SET "Monitored" = 0 WHERE "Ignored" = 1;
"""
    )
