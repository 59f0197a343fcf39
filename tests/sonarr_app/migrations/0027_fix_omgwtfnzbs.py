"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/027_fix_omgwtfnzbs.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: omgwtfnzbs indexers get their contract and empty settings
    Recompute(
        "Indexers",
        "ConfigContract",
        expression="CASE \"Implementation\" WHEN 'Omgwtfnzbs' THEN 'OmgwtfnzbsSettings' ELSE \"ConfigContract\" END",
    ),
    Recompute(
        "Indexers",
        "Settings",
        expression='CASE WHEN "Implementation" = \'Omgwtfnzbs\' AND ("Settings" IS NULL OR "Settings" = \'\') THEN \'{}\' ELSE "Settings" END',
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "Indexers" SET "ConfigContract" = 'OmgwtfnzbsSettings' WHERE "Implementation" = 'Omgwtfnzbs';
UPDATE "Indexers" SET "Settings" = '{}' WHERE "Implementation" = 'Omgwtfnzbs' AND "Settings" IS NULL;
UPDATE "Indexers" SET "Settings" = '{}' WHERE "Implementation" = 'Omgwtfnzbs' AND "Settings" = '';
"""
    )
