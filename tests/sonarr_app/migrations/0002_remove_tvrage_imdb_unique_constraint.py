"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/002_remove_tvrage_imdb_unique_constraint.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DropConstraint, DropObject

CHANGES = (
    # upstream's point: TvRageId and ImdbId need not be unique any more
    DropConstraint("Series", "unique", column="TvRageId"),
    DropConstraint("Series", "unique", column="ImdbId"),
    # the indexes that made them unique, dropped by name
    DropObject("index", "IX_Series_TvRageId"),
    DropObject("index", "IX_Series_ImdbId"),
)


def upgrade(conn):
    conn.executescript(
        r"""
DROP INDEX "IX_Series_TvRageId";
DROP INDEX "IX_Series_ImdbId";
"""
    )
