"""memos ``0.25/00__remove_webhook.sql``: the ``webhook`` table dropped."""

from edi_migrations.changes import DropTable

# Webhooks move out of this table on purpose (upstream's "remove webhook").
CHANGES = (DropTable("webhook"),)


def upgrade(conn):
    conn.execute(
        """
        DROP TABLE IF EXISTS webhook
        """
    )
