"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/005_added_eventtype_to_history.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "History" ADD COLUMN "EventType" INTEGER;
"""
    )
