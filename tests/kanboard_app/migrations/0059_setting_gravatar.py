"""Kanboard ``version_59``: the setting ``integration_gravatar``, off."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("integration_gravatar", "0"))
