"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/003_remove_clean_title_from_scene_mapping.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream drops the scene mappings (refetched from its service) and makes the table anew
    DropTable("SceneMappings"),
)


def upgrade(conn):
    conn.executescript(
        r"""
DROP TABLE "SceneMappings";
CREATE TABLE "SceneMappings" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "TvdbId" INTEGER NOT NULL, "SeasonNumber" INTEGER NOT NULL, "SearchTerm" TEXT NOT NULL, "ParseTerm" TEXT NOT NULL);
"""
    )
