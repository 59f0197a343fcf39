"""Signal Desktop ``ts/sql/migrations/65-add-storage-id-to-stickers.ts``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill

# row_number() OVER (ORDER BY lastUsed DESC) - 1: the packs used later, then (NULLs last,
# as SQLite sorts them descending) ties in table order
RANK = (
    "(SELECT count(*) FROM sticker_packs AS o WHERE o.lastUsed > sticker_packs.lastUsed "
    "OR (o.lastUsed IS NOT NULL AND sticker_packs.lastUsed IS NULL) "
    "OR (o.lastUsed IS sticker_packs.lastUsed AND o.rowid < sticker_packs.rowid))"
)

CHANGES = (
    # upstream's point: packs get an initial order (most recently used first), to sync
    Backfill("sticker_packs", "position", expression=RANK),
    Backfill("sticker_packs", "storageNeedsSync", constant=1),
)


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE sticker_packs ADD COLUMN position INTEGER DEFAULT 0 NOT NULL;
      ALTER TABLE sticker_packs ADD COLUMN storageID STRING;
      ALTER TABLE sticker_packs ADD COLUMN storageVersion INTEGER;
      ALTER TABLE sticker_packs ADD COLUMN storageUnknownFields BLOB;
      ALTER TABLE sticker_packs
      ADD COLUMN storageNeedsSync
      INTEGER DEFAULT 0 NOT NULL;

      CREATE TABLE uninstalled_sticker_packs (
        id STRING NOT NULL PRIMARY KEY,
        uninstalledAt NUMBER NOT NULL,
        storageID STRING,
        storageVersion NUMBER,
        storageUnknownFields BLOB,
        storageNeedsSync INTEGER NOT NULL
      );

      -- Set initial position

      UPDATE sticker_packs
      SET
        position = (row_number - 1),
        storageNeedsSync = 1
      FROM (
        SELECT id, row_number() OVER (ORDER BY lastUsed DESC) as row_number
        FROM sticker_packs
      ) as ordered_pairs
      WHERE sticker_packs.id IS ordered_pairs.id;

      -- See: getAllStickerPacks

      CREATE INDEX sticker_packs_by_position_and_id ON sticker_packs (
        position ASC,
        id ASC
      );
"""
    )
