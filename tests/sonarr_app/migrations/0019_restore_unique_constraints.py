"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/019_restore_unique_constraints.cs`` (FluentMigrator), ported: ``Execute.Sql`` verbatim, then the unique indexes ``Create.Index()`` makes."""


def upgrade(conn):
    conn.executescript(
        r"""
DROP INDEX IF EXISTS "IX_Series_TvdbId";
DROP INDEX IF EXISTS "IX_Series_TitleSlug";
DROP INDEX IF EXISTS "IX_Episodes_TvDbEpisodeId";
CREATE UNIQUE INDEX "IX_Series_TvdbId" ON "Series" ("TvdbId" ASC);
CREATE UNIQUE INDEX "IX_Series_TitleSlug" ON "Series" ("TitleSlug" ASC);
CREATE UNIQUE INDEX "IX_Episodes_TvDbEpisodeId" ON "Episodes" ("TvDbEpisodeId" ASC);
"""
    )
