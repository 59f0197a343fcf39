"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/018_remove_duplicates.cs`` (FluentMigrator), ported: ``Execute.WithConnection(RemoveDuplicates)`` as Python doing the same: for each value of `Series.TvdbId`, `Series.TitleSlug` and `Episodes.TvDbEpisodeId` held by more than one row, every row but the lowest `Id` is deleted with the rows that name it."""


def duplicates(conn, table, column):
    """``GetDuplicates``: the rows of a value held more than once, all but the lowest Id."""
    groups = {}
    for row_id, value in conn.execute(f'SELECT "Id", "{column}" from "{table}"'):
        groups.setdefault(value, []).append(row_id)
    return [i for ids in groups.values() if len(ids) > 1 for i in sorted(ids)[1:]]


def data_step(conn):
    for field in ("TvdbId", "TitleSlug"):
        for series_id in duplicates(conn, "Series", field):
            conn.execute(f'DELETE FROM "Series" WHERE "Id" = {series_id}')
            conn.execute(f'DELETE FROM "Episodes" WHERE "SeriesId" = {series_id}')
            conn.execute(f'DELETE FROM "Seasons" WHERE "SeriesId" = {series_id}')
            conn.execute(f'DELETE FROM "History" WHERE "SeriesId" = {series_id}')
            conn.execute(f'DELETE FROM "EpisodeFiles" WHERE "SeriesId" = {series_id}')
    for episode_id in duplicates(conn, "Episodes", "TvDbEpisodeId"):
        conn.execute(f'DELETE FROM "Episodes" WHERE "Id" = {episode_id}')
        conn.execute(f'DELETE FROM "History" WHERE "EpisodeId" = {episode_id}')


def upgrade(conn):
    data_step(conn)
