"""Sonarr ``src/NzbDrone.Core/Datastore/Migration/033_add_api_key_to_pushover.cs`` (FluentMigrator), ported: ``Execute.WithConnection(UpdatePushoverSettings)`` as Python doing the same: each Pushover notification's settings read as `{ApiKey, UserKey, Priority}` (keys matched without case, as Json.NET does), the app's API key set, priority 2 lowered to 1, written back as Sonarr's serializer does (camelCase, indented by two, nulls left out)."""

import json

API_KEY = "yz9b4U215iR4vrKFRfjNXP24NMNPKJ"


def data_step(conn):
    rows = conn.execute(
        'SELECT * FROM "Notifications" WHERE "ConfigContract" = \'PushoverSettings\''
    )
    names = [d[0] for d in rows.description]
    for row in rows.fetchall():
        record = dict(zip(names, row, strict=True))
        loaded = {k.lower(): v for k, v in json.loads(record["Settings"]).items()}
        settings = {
            "apiKey": API_KEY,
            "userKey": loaded.get("userkey"),
            "priority": 1
            if int(loaded.get("priority") or 0) == 2
            else int(loaded.get("priority") or 0),
        }
        text = json.dumps({k: v for k, v in settings.items() if v is not None}, indent=2)
        conn.execute(
            f'UPDATE "Notifications" SET "Settings" = \'{text}\'WHERE "Id" = {record["Id"]}'
        )


def upgrade(conn):
    data_step(conn)
