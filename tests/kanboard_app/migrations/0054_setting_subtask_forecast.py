"""Kanboard ``version_54``: the setting ``subtask_forecast``, off."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("subtask_forecast", "0"))
