"""memos ``0.7/01__remove_triggers.sql``: the four ``updated_ts`` triggers dropped (the app sets the time itself)."""


def upgrade(conn):
    conn.execute(
        """
        DROP TRIGGER IF EXISTS `trigger_update_user_modification_time`
        """
    )
    conn.execute(
        """
        DROP TRIGGER IF EXISTS `trigger_update_memo_modification_time`
        """
    )
    conn.execute(
        """
        DROP TRIGGER IF EXISTS `trigger_update_shortcut_modification_time`
        """
    )
    conn.execute(
        """
        DROP TRIGGER IF EXISTS `trigger_update_resource_modification_time`
        """
    )
