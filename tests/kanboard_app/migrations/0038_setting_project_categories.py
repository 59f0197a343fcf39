"""Kanboard ``version_38``: the setting ``project_categories`` (empty)."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("project_categories", ""))
