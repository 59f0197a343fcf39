"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/020_add_year_and_seasons_to_series.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. ``ConvertSeasons`` as Python doing the same: each series' seasons as the JSON Sonarr's serializer writes (camelCase, indented by two), season 0 unmonitored."""

import json

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: the seasons move into the series as JSON (season 0 unmonitored)
    Backfill(
        "Series",
        "Seasons",
        expression="(SELECT CASE WHEN count(*) = 0 THEN '[]' ELSE '[' || char(10) || group_concat('  {' || char(10) || '    \"seasonNumber\": ' || \"SeasonNumber\" || ',' || char(10) || '    \"monitored\": ' || CASE WHEN \"SeasonNumber\" = 0 OR NOT \"Monitored\" THEN 'false' ELSE 'true' END || char(10) || '  }', ',' || char(10)) || char(10) || ']' END FROM \"Seasons\" WHERE \"Seasons\".\"SeriesId\" = \"Series\".\"Id\")",
    ),
)


def data_step(conn):
    for (series_id,) in conn.execute('SELECT "Id" FROM "Series"').fetchall():
        seasons = []
        query = f'SELECT "SeasonNumber", "Monitored" FROM "Seasons" WHERE "SeriesId" = {series_id}'
        for season_number, monitored in conn.execute(query).fetchall():
            if monitored is None:  # reader.GetBoolean on a NULL throws
                raise TypeError(f"Seasons of series {series_id}: Monitored is NULL")
            seasons.append(
                {"seasonNumber": season_number, "monitored": bool(monitored) and season_number != 0}
            )
        text = json.dumps(seasons, indent=2)
        conn.execute(f'UPDATE "Series" SET "Seasons" = \'{text}\' WHERE "Id" = {series_id}')


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "Series" ADD COLUMN "Year" INTEGER;
ALTER TABLE "Series" ADD COLUMN "Seasons" TEXT;
"""
    )
    data_step(conn)
