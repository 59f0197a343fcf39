"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/022_move_indexer_to_generic_provider.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Indexers" ADD COLUMN "ConfigContract" TEXT;
"""
    )
