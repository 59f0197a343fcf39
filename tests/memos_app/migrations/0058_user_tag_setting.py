"""memos ``0.30/00__user_tag_setting.sql``: the ``TAGS`` system setting copied into every user's settings.
(Upstream has no ``0.29``.)
"""

from edi_migrations.changes import AddRows

# The instance's TAGS setting is copied into each user's settings: new rows.
CHANGES = (AddRows("user_setting"),)


def upgrade(conn):
    conn.execute(
        """
        INSERT OR IGNORE INTO user_setting (user_id, key, value)
        SELECT
          user.id,
          'TAGS',
          system_setting.value
        FROM user
        JOIN system_setting ON system_setting.name = 'TAGS'
        WHERE system_setting.value IS NOT NULL
          AND system_setting.value != ''
          AND system_setting.value != '{}'
        """
    )
