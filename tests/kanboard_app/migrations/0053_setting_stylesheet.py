"""Kanboard ``version_53``: the setting ``application_stylesheet`` (empty)."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("application_stylesheet", ""))
