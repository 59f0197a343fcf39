"""memos ``0.12/04__resource_public_id.sql``: ``resource.public_id``, a UNIQUE index on ``(id, public_id)``, and a
random UUID-shaped ``public_id`` for every resource.
"""

from edi_migrations.changes import RandomValue

# Each resource gets a public id drawn at random (randomblob), as upstream means.
CHANGES = (RandomValue("resource", "public_id"),)
LINT_ACKNOWLEDGED = {
    "EM107": "the index is on (id, public_id) and id is the primary key: no pair repeats"
}


def upgrade(conn):
    conn.execute(
        """
        ALTER TABLE
          resource
        ADD
          COLUMN public_id TEXT NOT NULL DEFAULT ''
        """
    )
    conn.execute(
        """
        CREATE UNIQUE INDEX resource_id_public_id_unique_index ON resource (id, public_id)
        """
    )
    conn.execute(
        """
        UPDATE
          resource
        SET
          public_id = printf (
            '%s-%s-%s-%s-%s',
            lower(hex(randomblob(4))),
            lower(hex(randomblob(2))),
            lower(hex(randomblob(2))),
            lower(hex(randomblob(2))),
            lower(hex(randomblob(6)))
          )
        """
    )
