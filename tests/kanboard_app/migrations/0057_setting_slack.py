"""Kanboard ``version_57``: the Slack webhook settings."""

from edi_migrations.changes import AddRows

# Two new settings are two new rows of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    insert = "INSERT INTO settings VALUES (?, ?)"
    conn.execute(insert, ("integration_slack_webhook", "0"))
    conn.execute(insert, ("integration_slack_webhook_url", ""))
