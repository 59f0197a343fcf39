"""Kanboard ``version_30``: the setting ``application_date_format``, ``m/d/Y``."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("application_date_format", "m/d/Y"))
