"""The conversation list is sorted by activity: ``updated``, set by a trigger whenever an
exchange is logged in the conversation."""


def upgrade(conn):
    conn.execute("ALTER TABLE conversations ADD COLUMN updated TEXT")
    conn.execute(
        """
        CREATE TRIGGER logs_touch_conversation AFTER INSERT ON logs BEGIN
            UPDATE conversations SET updated = new.created WHERE id = new.conversation_id;
        END
        """
    )


def downgrade(conn):
    conn.execute("DROP TRIGGER logs_touch_conversation")
    conn.execute("ALTER TABLE conversations DROP COLUMN updated")
