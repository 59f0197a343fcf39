"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/016_updated_imported_history_item.cs`` (FluentMigrator), ported: ``Execute.Sql`` verbatim."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: an import's Path key in the history data is now ImportedPath
    Recompute(
        "History",
        "Data",
        expression='CASE WHEN "EventType" = 3 THEN replace("Data", \'"Path"\', \'"ImportedPath"\') ELSE "Data" END',
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "History" SET "Data" = replace( "Data", '"Path"', '"ImportedPath"' ) WHERE "EventType" = 3;
"""
    )
