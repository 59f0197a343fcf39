"""Signal Desktop ``ts/sql/migrations/61-distribution-list-storage.ts``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropColumn

CHANGES = (
    # upstream drops the distribution lists' avatar (never shipped) for storage-service fields
    DropColumn("storyDistributions", "avatarKey"),
    DropColumn("storyDistributions", "avatarUrlPath"),
)


def upgrade(conn):
    conn.executescript(
        r"""
    ALTER TABLE storyDistributions DROP COLUMN avatarKey;
    ALTER TABLE storyDistributions DROP COLUMN avatarUrlPath;

    ALTER TABLE storyDistributions ADD COLUMN deletedAtTimestamp INTEGER;
    ALTER TABLE storyDistributions ADD COLUMN allowsReplies INTEGER;
    ALTER TABLE storyDistributions ADD COLUMN isBlockList INTEGER;

    ALTER TABLE storyDistributions ADD COLUMN storageID STRING;
    ALTER TABLE storyDistributions ADD COLUMN storageVersion INTEGER;
    ALTER TABLE storyDistributions ADD COLUMN storageUnknownFields BLOB;
    ALTER TABLE storyDistributions ADD COLUMN storageNeedsSync INTEGER;

    ALTER TABLE messages ADD COLUMN storyDistributionListId STRING;

    CREATE INDEX messages_by_distribution_list
      ON messages(storyDistributionListId, received_at)
      WHERE storyDistributionListId IS NOT NULL;
"""
    )
