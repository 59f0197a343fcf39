"""memos ``0.27/01__add_idp_uid.sql``: ``idp.uid``, filled with the id in hex, UNIQUE."""

from edi_migrations.changes import Backfill

# Each identity provider's uid is its id in hex, as the file says.
CHANGES = (Backfill("idp", "uid", expression="printf('%08x', id)"),)
LINT_ACKNOWLEDGED = {
    "EM107": "uid is printf('%08x', id) of the primary key: distinct ids give distinct uids"
}


def upgrade(conn):
    conn.execute(
        """
        -- Add uid column to idp table
        ALTER TABLE idp ADD COLUMN uid TEXT NOT NULL DEFAULT ''
        """
    )
    conn.execute(
        """
        -- Populate uid for existing rows using hex of id as a fallback
        UPDATE idp SET uid = printf('%08x', id) WHERE uid = ''
        """
    )
    conn.execute(
        """
        -- Create unique index on uid
        CREATE UNIQUE INDEX IF NOT EXISTS idx_idp_uid ON idp (uid)
        """
    )
