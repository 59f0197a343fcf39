"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/023_add_config_contract_to_indexers.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream's point: each known indexer gets its settings contract, the others are deleted
    Recompute(
        "Indexers",
        "ConfigContract",
        expression="CASE \"Implementation\" WHEN 'Newznab' THEN 'NewznabSettings' WHEN 'Omgwtfnzbs' THEN 'OmgwtfnzbsSettings' WHEN 'Wombles' THEN 'NullConfig' WHEN 'Eztv' THEN 'NullConfig' ELSE \"ConfigContract\" END",
    ),
    DeleteRows(
        "Indexers",
        where="\"ConfigContract\" IS NULL AND \"Implementation\" NOT IN ('Newznab', 'Omgwtfnzbs', 'Wombles', 'Eztv')",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "Indexers" SET "ConfigContract" = 'NewznabSettings' WHERE "Implementation" = 'Newznab';
UPDATE "Indexers" SET "ConfigContract" = 'OmgwtfnzbsSettings' WHERE "Implementation" = 'Omgwtfnzbs';
UPDATE "Indexers" SET "ConfigContract" = 'NullConfig' WHERE "Implementation" = 'Wombles';
UPDATE "Indexers" SET "ConfigContract" = 'NullConfig' WHERE "Implementation" = 'Eztv';
DELETE FROM "Indexers" WHERE "ConfigContract" IS NULL;
"""
    )
