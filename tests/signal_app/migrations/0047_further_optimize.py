"""Signal Desktop ``ts/sql/migrations/47-further-optimize.ts``, ported: its ``db.exec`` SQL as
written (trailing blanks trimmed), run by ``conn.executescript``; then, where our UUID is
known (``getOurUuid``), its ``UPDATE`` marking the group changes we made, as upstream runs it.
"""

from _upstream import get_our_uuid

from edi_migrations.changes import ChangeConstraint

CHANGES = (
    # isStory made again as `type IS 'story'` (was `type = 'story'`): 0, not NULL, untyped
    ChangeConstraint("messages", "generated", column="isStory"),
)


def upgrade(conn):
    conn.executescript(
        r"""
    DROP INDEX   messages_conversation;

    ALTER TABLE messages
      DROP COLUMN isStory;
    ALTER TABLE messages
      ADD COLUMN isStory INTEGER
      GENERATED ALWAYS AS (type IS 'story');

    ALTER TABLE messages
      ADD COLUMN isChangeCreatedByUs INTEGER NOT NULL DEFAULT 0;

    ALTER TABLE messages
      ADD COLUMN shouldAffectActivity INTEGER
      GENERATED ALWAYS AS (
        type IS NULL
        OR
        type NOT IN (
          'change-number-notification',
          'group-v1-migration',
          'message-history-unsynced',
          'profile-change',
          'story',
          'universal-timer-notification',
          'verified-change',

          'keychange'
        )
      );

    ALTER TABLE messages
      ADD COLUMN shouldAffectPreview INTEGER
      GENERATED ALWAYS AS (
        type IS NULL
        OR
        type NOT IN (
          'change-number-notification',
          'group-v1-migration',
          'message-history-unsynced',
          'profile-change',
          'story',
          'universal-timer-notification',
          'verified-change'
        )
      );

    ALTER TABLE messages
      ADD COLUMN isUserInitiatedMessage INTEGER
      GENERATED ALWAYS AS (
        type IS NULL
        OR
        type NOT IN (
          'change-number-notification',
          'group-v1-migration',
          'message-history-unsynced',
          'profile-change',
          'story',
          'universal-timer-notification',
          'verified-change',

          'group-v2-change',
          'keychange'
        )
      );

    ALTER TABLE messages
      ADD COLUMN isTimerChangeFromSync INTEGER
      GENERATED ALWAYS AS (
        json_extract(json, '$.expirationTimerUpdate.fromSync') IS 1
      );

    ALTER TABLE messages
      ADD COLUMN isGroupLeaveEvent INTEGER
      GENERATED ALWAYS AS (
        type IS 'group-v2-change' AND
        json_array_length(json_extract(json, '$.groupV2Change.details')) IS 1 AND
        json_extract(json, '$.groupV2Change.details[0].type') IS 'member-remove' AND
        json_extract(json, '$.groupV2Change.from') IS NOT NULL AND
        json_extract(json, '$.groupV2Change.from') IS json_extract(json, '$.groupV2Change.details[0].uuid')
      );

    ALTER TABLE messages
      ADD COLUMN isGroupLeaveEventFromOther INTEGER
      GENERATED ALWAYS AS (
        isGroupLeaveEvent IS 1
        AND
        isChangeCreatedByUs IS 0
      );

    CREATE INDEX messages_conversation ON messages
      (conversationId, isStory, storyId, received_at, sent_at);

    CREATE INDEX messages_preview ON messages
      (conversationId, shouldAffectPreview, isGroupLeaveEventFromOther, expiresAt, received_at, sent_at);

    CREATE INDEX messages_activity ON messages
      (conversationId, shouldAffectActivity, isTimerChangeFromSync, isGroupLeaveEventFromOther, received_at, sent_at);

    CREATE INDEX message_user_initiated ON messages (isUserInitiatedMessage);
"""
    )
    our_uuid = get_our_uuid(conn)
    if our_uuid:  # upstream logs 'our UUID not found' otherwise
        conn.execute(
            """
      UPDATE messages SET
        isChangeCreatedByUs = json_extract(json, '$.groupV2Change.from') IS :ourUuid;
      """,
            {"ourUuid": our_uuid},
        )
