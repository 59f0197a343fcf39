"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/029_add_formats_to_naming_config.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script. ``ConvertConfig`` as Python doing the same: the first naming row's old settings become the episode formats of every row."""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: the old naming settings become the two format strings
    Backfill(
        "NamingConfig",
        "StandardEpisodeFormat",
        expression="(CASE WHEN \"IncludeSeriesTitle\" THEN (CASE WHEN \"ReplaceSpaces\" THEN '{Series.Title}' ELSE '{Series Title}' END) || \"Separator\" ELSE '' END) || (CASE \"NumberStyle\" WHEN 0 THEN '{season}x{episode:00}' WHEN 1 THEN '{season:00}x{episode:00}' WHEN 2 THEN 'S{season:00}E{episode:00}' WHEN 3 THEN 's{season:00}e{episode:00}' END) || (CASE WHEN \"IncludeEpisodeTitle\" THEN \"Separator\" || (CASE WHEN \"ReplaceSpaces\" THEN '{Episode.Title}' ELSE '{Episode Title}' END) ELSE '' END) || (CASE WHEN \"IncludeQuality\" THEN (CASE WHEN \"ReplaceSpaces\" THEN '.[{Quality.Title}]' ELSE ' [{Quality Title}]' END) ELSE '' END)",
    ),
    Backfill(
        "NamingConfig",
        "DailyEpisodeFormat",
        expression="(CASE WHEN \"IncludeSeriesTitle\" THEN (CASE WHEN \"ReplaceSpaces\" THEN '{Series.Title}' ELSE '{Series Title}' END) || \"Separator\" ELSE '' END) || '{Air-Date}' || (CASE WHEN \"IncludeEpisodeTitle\" THEN \"Separator\" || (CASE WHEN \"ReplaceSpaces\" THEN '{Episode.Title}' ELSE '{Episode Title}' END) ELSE '' END) || (CASE WHEN \"IncludeQuality\" THEN (CASE WHEN \"ReplaceSpaces\" THEN '.[{Quality.Title}]' ELSE ' [{Quality Title}]' END) ELSE '' END)",
    ),
)


NUMBER_STYLES = {
    0: "{season}x{episode:00}",
    1: "{season:00}x{episode:00}",
    2: "S{season:00}E{episode:00}",
    3: "s{season:00}e{episode:00}",
}


def data_step(conn):
    row = conn.execute(
        'SELECT "Separator", "NumberStyle", "IncludeSeriesTitle", "IncludeEpisodeTitle",'
        ' "IncludeQuality", "ReplaceSpaces" FROM "NamingConfig" LIMIT 1'
    ).fetchone()
    if row is None:
        return
    separator, number_style, series_title, episode_title, quality, replace_spaces = row
    series_pattern = episode_pattern = ""
    quality_format = " [{Quality Title}]"
    if series_title:
        series_pattern = ("{Series.Title}" if replace_spaces else "{Series Title}") + separator
    if episode_title:
        episode_pattern = separator + ("{Episode.Title}" if replace_spaces else "{Episode Title}")
    if number_style not in NUMBER_STYLES:  # NumberStyles.Single(s => s.Id == id) throws
        raise LookupError(f"NamingConfig: no number style {number_style!r}")
    standard = series_pattern + NUMBER_STYLES[number_style] + episode_pattern
    daily = series_pattern + "{Air-Date}" + episode_pattern
    if quality:
        if replace_spaces:
            quality_format = ".[{Quality.Title}]"
        standard += quality_format
        daily += quality_format
    conn.execute(
        f'UPDATE "NamingConfig" SET "StandardEpisodeFormat" = \'{standard}\', '
        f"\"DailyEpisodeFormat\" = '{daily}'"
    )


def upgrade(conn):
    conn.executescript(
        r"""
ALTER TABLE "NamingConfig" ADD COLUMN "StandardEpisodeFormat" TEXT;
ALTER TABLE "NamingConfig" ADD COLUMN "DailyEpisodeFormat" TEXT;
"""
    )
    data_step(conn)
