"""Kanboard ``version_66``: recurring tasks (status, trigger, factor, timeframe, base date,
parent and child)."""


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_status INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_trigger INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_factor INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_timeframe INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_basedate INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_parent INTEGER")
    conn.execute("ALTER TABLE tasks ADD COLUMN recurrence_child INTEGER")
