"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/030_add_season_folder_format_to_naming_config.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. ``ConvertConfig`` as Python doing the same, then ``Execute.Sql`` verbatim."""

from edi_migrations.changes import Backfill, DeleteRows

CHANGES = (
    # upstream's point: the season folder setting moves from Config into NamingConfig
    Backfill(
        "NamingConfig",
        "SeasonFolderFormat",
        expression="coalesce((SELECT replace(replace(replace(replace(replace(replace(\"Value\", '%sn', '{Series Title}'), '%s.n', '{Series.Title}'), '%s', '{season}'), '%0s', '{season:00}'), '%e', '{episode}'), '%0e', '{episode:00}') FROM \"Config\" WHERE \"Key\" = 'seasonfolderformat'), 'Season {season}')",
    ),
    DeleteRows("Config", where="\"Key\" IN ('seasonfolderformat', 'useseasonfolder')"),
)


def data_step(conn):
    season_format = "Season {season}"
    for (value,) in conn.execute(
        'SELECT "Value" FROM "Config" WHERE "Key" = \'seasonfolderformat\''
    ).fetchall():
        season_format = (
            value.replace("%sn", "{Series Title}")
            .replace("%s.n", "{Series.Title}")
            .replace("%s", "{season}")
            .replace("%0s", "{season:00}")
            .replace("%e", "{episode}")
            .replace("%0e", "{episode:00}")
        )
    conn.execute(f'UPDATE "NamingConfig" SET "SeasonFolderFormat" = \'{season_format}\'')


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "NamingConfig" ADD COLUMN "SeasonFolderFormat" TEXT;
"""
    )
    data_step(conn)
    conn.executescript(
        r"""
DELETE FROM "Config" WHERE "Key" = 'seasonfolderformat';
DELETE FROM "Config" WHERE "Key" = 'useseasonfolder';
"""
    )
