"""memos ``0.12/00__user_setting.sql``: the user setting ``memoVisibility`` renamed ``memo-visibility``."""

from edi_migrations.changes import Recompute

# The file's purpose: the setting memoVisibility is called memo-visibility.
CHANGES = (
    Recompute(
        "user_setting",
        "key",
        expression="CASE WHEN key = 'memoVisibility' THEN 'memo-visibility' ELSE key END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE
          user_setting
        SET
          key = 'memo-visibility'
        WHERE
          key = 'memoVisibility'
        """
    )
