"""Kanboard ``version_61``: attached files get their upload ``date``, ``user_id`` and ``size``."""


def upgrade(conn):
    conn.execute('ALTER TABLE files ADD COLUMN "date" INTEGER NOT NULL DEFAULT 0')
    conn.execute('ALTER TABLE files ADD COLUMN "user_id" INTEGER NOT NULL DEFAULT 0')
    conn.execute('ALTER TABLE files ADD COLUMN "size" INTEGER NOT NULL DEFAULT 0')
