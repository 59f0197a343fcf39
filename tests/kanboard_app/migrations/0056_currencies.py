"""Kanboard ``version_56``: ``currencies`` and their rates, and ``application_currency``."""

from edi_migrations.changes import AddRows

# A new setting is a new row of settings.
CHANGES = (AddRows("settings"),)


def upgrade(conn):
    conn.execute('CREATE TABLE currencies ("currency" TEXT NOT NULL UNIQUE, "rate" REAL DEFAULT 0)')
    conn.execute("INSERT INTO settings VALUES (?, ?)", ("application_currency", "USD"))
