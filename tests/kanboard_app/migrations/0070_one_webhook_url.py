"""Kanboard ``version_70``: one ``webhook_url`` setting replaces the two per-event ones."""

from edi_migrations.changes import AddRows, DeleteRows

# A new setting is a new row of settings; the two it replaces are dropped on purpose.
CHANGES = (
    AddRows("settings"),
    DeleteRows("settings", where="option='webhook_url_task_creation'"),
    DeleteRows("settings", where="option='webhook_url_task_modification'"),
)


def upgrade(conn):
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("webhook_url", ""))
    conn.execute("DELETE FROM settings WHERE option='webhook_url_task_creation'")
    conn.execute("DELETE FROM settings WHERE option='webhook_url_task_modification'")
