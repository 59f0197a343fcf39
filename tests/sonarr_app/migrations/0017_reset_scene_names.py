"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/017_reset_scene_names.cs`` (FluentMigrator), ported: ``Execute.Sql`` verbatim (its `!= NULL` is never true: it changes no row)."""


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "EpisodeFiles" SET "SceneName" = NULL where "SceneName" != NULL;
"""
    )
