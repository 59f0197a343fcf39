"""Kanboard ``version_58``: the HipChat settings."""

from edi_migrations.changes import AddRows

# Four new settings are four new rows of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    insert = "INSERT INTO settings VALUES (?, ?)"
    conn.execute(insert, ("integration_hipchat", "0"))
    conn.execute(insert, ("integration_hipchat_api_url", "https://api.hipchat.com"))
    conn.execute(insert, ("integration_hipchat_room_id", ""))
    conn.execute(insert, ("integration_hipchat_room_token", ""))
