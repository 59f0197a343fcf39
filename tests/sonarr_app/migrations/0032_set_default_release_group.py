"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/032_set_default_release_group.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: a file without a release group is marked as Sonarr's own
    Backfill("EpisodeFiles", "ReleaseGroup", constant="DRONE"),
)


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "EpisodeFiles" SET "ReleaseGroup" = 'DRONE' WHERE "ReleaseGroup" IS NULL;
"""
    )
