"""Drafts are gone from the app: the table is dropped where nobody ever saved one.

Where it holds drafts it stays, for the user to export them; so whether ``drafts``
exists after this migration depends on the data, and a fresh install has none.
"""

from edi_migrations.changes import DependsOnData

CHANGES = (DependsOnData("table", "drafts"),)


def upgrade(conn):
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'")
    if exists.fetchone() and conn.execute("SELECT 1 FROM drafts LIMIT 1").fetchone() is None:
        conn.execute("DROP TABLE drafts")
