"""memos ``0.31/02__reaction_memo_id.sql``: ``reaction.content_id`` (``memos/<uid>``) becomes ``memo_id``; reactions
whose memo is gone are dropped.
"""

from edi_migrations.changes import Backfill, ChangeConstraint, DeleteRows, DropColumn

# content_id ("memos/<uid>") becomes memo_id; reactions whose memo no longer resolves are
# dropped on purpose ("the inner join intentionally drops orphaned reactions").
RESOLVES = "EXISTS (SELECT 1 FROM memo WHERE reaction.content_id = 'memos/' || memo.uid)"
# upstream's point: reactions key their memo by id; "the inner join intentionally drops
# orphaned reactions" (its comment); the unique key becomes (creator_id, memo_id, reaction_type)
CHANGES = (
    DeleteRows("reaction", where=f"NOT {RESOLVES}"),
    Backfill(
        "reaction",
        "memo_id",
        expression="(SELECT memo.id FROM memo WHERE reaction.content_id = 'memos/' || memo.uid)",
    ),
    DropColumn("reaction", "content_id"),
    ChangeConstraint("reaction", "unique"),
)


def upgrade(conn):
    conn.execute(
        """
        -- Replaces the memo resource name stored in reaction.content_id with the
        -- memo's stable internal ID. The inner join intentionally drops orphaned
        -- reactions whose resource name no longer resolves to an existing memo.
        CREATE TABLE reaction_new (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          creator_id INTEGER NOT NULL,
          memo_id INTEGER NOT NULL,
          reaction_type TEXT NOT NULL,
          UNIQUE(creator_id, memo_id, reaction_type)
        )
        """
    )
    conn.execute(
        """
        INSERT INTO reaction_new (id, created_ts, creator_id, memo_id, reaction_type)
        SELECT
          reaction.id,
          reaction.created_ts,
          reaction.creator_id,
          memo.id,
          reaction.reaction_type
        FROM reaction
        JOIN memo ON reaction.content_id = 'memos/' || memo.uid
        """
    )
    conn.execute(
        """
        DROP TABLE reaction
        """
    )
    conn.execute(
        """
        ALTER TABLE reaction_new RENAME TO reaction
        """
    )
