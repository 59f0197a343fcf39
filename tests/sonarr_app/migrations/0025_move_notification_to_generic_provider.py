"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/025_move_notification_to_generic_provider.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Notifications" ADD COLUMN "ConfigContract" TEXT;
"""
    )
