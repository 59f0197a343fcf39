"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/026_add_config_contract_to_notifications.cs`` (FluentMigrator), ported: the SQL FluentMigrator's SQLite generator emits for each call, one script."""

from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    # upstream's point: each known notification gets its settings contract, the others are deleted
    Recompute(
        "Notifications",
        "ConfigContract",
        expression="CASE \"Implementation\" WHEN 'Email' THEN 'EmailSettings' WHEN 'Growl' THEN 'GrowlSettings' WHEN 'NotifyMyAndroid' THEN 'NotifyMyAndroidSettings' WHEN 'PlexClient' THEN 'PlexClientSettings' WHEN 'PlexServer' THEN 'PlexServerSettings' WHEN 'Prowl' THEN 'ProwlSettings' WHEN 'PushBullet' THEN 'PushBulletSettings' WHEN 'Pushover' THEN 'PushoverSettings' WHEN 'Xbmc' THEN 'XbmcSettings' ELSE \"ConfigContract\" END",
    ),
    DeleteRows(
        "Notifications",
        where="\"ConfigContract\" IS NULL AND \"Implementation\" NOT IN ('Email', 'Growl', 'NotifyMyAndroid', 'PlexClient', 'PlexServer', 'Prowl', 'PushBullet', 'Pushover', 'Xbmc')",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""
UPDATE "Notifications" SET "ConfigContract" = 'EmailSettings' WHERE "Implementation" = 'Email';
UPDATE "Notifications" SET "ConfigContract" = 'GrowlSettings' WHERE "Implementation" = 'Growl';
UPDATE "Notifications" SET "ConfigContract" = 'NotifyMyAndroidSettings' WHERE "Implementation" = 'NotifyMyAndroid';
UPDATE "Notifications" SET "ConfigContract" = 'PlexClientSettings' WHERE "Implementation" = 'PlexClient';
UPDATE "Notifications" SET "ConfigContract" = 'PlexServerSettings' WHERE "Implementation" = 'PlexServer';
UPDATE "Notifications" SET "ConfigContract" = 'ProwlSettings' WHERE "Implementation" = 'Prowl';
UPDATE "Notifications" SET "ConfigContract" = 'PushBulletSettings' WHERE "Implementation" = 'PushBullet';
UPDATE "Notifications" SET "ConfigContract" = 'PushoverSettings' WHERE "Implementation" = 'Pushover';
UPDATE "Notifications" SET "ConfigContract" = 'XbmcSettings' WHERE "Implementation" = 'Xbmc';
DELETE FROM "Notifications" WHERE "ConfigContract" IS NULL;
"""
    )
