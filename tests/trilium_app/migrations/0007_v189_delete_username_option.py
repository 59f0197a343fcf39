"""Trilium ``db/migrations/0189__delete_username_option.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream: the username option is gone
    DeleteRows("options", where="name = 'username'"),
)


def upgrade(conn):
    conn.executescript(
        r"""DELETE FROM options WHERE name = 'username';
"""
    )
