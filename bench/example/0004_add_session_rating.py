"""v4: a star rating per session, so the app can sort sessions by how users liked them."""

from __future__ import annotations

from edi_migrations.changes import AddColumn, DropColumn
from edi_migrations.dbapi import sqlite3

CHANGES = (AddColumn("sessions", "rating"),)
DOWNGRADE_CHANGES = (DropColumn("sessions", "rating"),)


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN rating INT CHECK (rating BETWEEN 1 AND 5)")


def downgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions DROP COLUMN rating")
