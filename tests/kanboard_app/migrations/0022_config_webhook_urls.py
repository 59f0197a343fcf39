"""Kanboard ``version_22``: the configuration gets the webhook URLs called on task changes."""


def upgrade(conn):
    conn.execute("ALTER TABLE config ADD COLUMN webhooks_url_task_modification TEXT")
    conn.execute("ALTER TABLE config ADD COLUMN webhooks_url_task_creation TEXT")
