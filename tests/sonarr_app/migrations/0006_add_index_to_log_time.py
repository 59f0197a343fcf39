"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/006_add_index_to_log_time.cs`` (FluentMigrator), ported: only `LogDbUpgrade` (the separate log database's `Logs`): nothing on the main database."""


def upgrade(conn):
    pass  # nothing on the main database
