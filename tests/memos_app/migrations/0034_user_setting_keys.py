"""memos ``0.18/01__user_setting.sql``: four user settings renamed ``USER_SETTING_*``, the double quotes
removed from their values.
"""

from edi_migrations.changes import Recompute

# Four settings renamed, their values stripped of double quotes: what the file does.
RENAMED = "'locale', 'appearance', 'memo-visibility', 'telegram-user-id'"
# upstream's point: four user setting keys become USER_SETTING_*, their values unquoted
CHANGES = (
    Recompute(
        "user_setting",
        "key",
        expression="CASE key WHEN 'locale' THEN 'USER_SETTING_LOCALE' WHEN 'appearance' THEN 'USER_SETTING_APPEARANCE' WHEN 'memo-visibility' THEN 'USER_SETTING_MEMO_VISIBILITY' WHEN 'telegram-user-id' THEN 'USER_SETTING_TELEGRAM_USER_ID' ELSE key END",
    ),
    Recompute(
        "user_setting",
        "value",
        expression=f"CASE WHEN key IN ({RENAMED}) THEN replace(value, '\"', '') ELSE value END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE user_setting SET key = 'USER_SETTING_LOCALE', value = REPLACE(value, '"', '') WHERE key = 'locale'
        """
    )
    conn.execute(
        """
        UPDATE user_setting SET key = 'USER_SETTING_APPEARANCE', value = REPLACE(value, '"', '') WHERE key = 'appearance'
        """
    )
    conn.execute(
        """
        UPDATE user_setting SET key = 'USER_SETTING_MEMO_VISIBILITY', value = REPLACE(value, '"', '') WHERE key = 'memo-visibility'
        """
    )
    conn.execute(
        """
        UPDATE user_setting SET key = 'USER_SETTING_TELEGRAM_USER_ID', value = REPLACE(value, '"', '') WHERE key = 'telegram-user-id'
        """
    )
