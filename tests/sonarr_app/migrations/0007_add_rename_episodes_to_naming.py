"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/007_add_renameEpisodes_to_naming.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. ``Execute.Sql`` verbatim."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: renaming follows the old UseSceneName setting, negated
    Backfill("NamingConfig", "RenameEpisodes", expression='NOT "UseSceneName"'),
)


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "NamingConfig" ADD COLUMN "RenameEpisodes" INTEGER;
UPDATE "NamingConfig" SET "RenameEpisodes" = NOT "UseSceneName";
"""
    )
