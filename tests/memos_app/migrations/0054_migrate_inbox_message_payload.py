"""memos ``0.27/02__migrate_inbox_message_payload.sql``: inbox messages naming an activity get its ``memoComment`` instead."""

from edi_migrations.changes import Recompute

# Each inbox message naming an activity gets that activity's memoComment instead: the
# UPDATE's own expression, under its own condition.
ACTIVITY = "SELECT {} FROM activity WHERE activity.id = json_extract(inbox.message, '$.activityId')"
MEMO_ID = ACTIVITY.format("json_extract(activity.payload, '$.memoComment.memoId')")
RELATED = ACTIVITY.format("json_extract(activity.payload, '$.memoComment.relatedMemoId')")
NEW_MESSAGE = (
    "json_set(json_remove(message, '$.activityId'), '$.memoComment', json_object("
    f"'memoId', ({MEMO_ID}), 'relatedMemoId', ({RELATED})))"
)
# upstream's point: an inbox message naming an activity now carries its memoComment
CHANGES = (
    Recompute(
        "inbox",
        "message",
        expression="CASE WHEN json_extract(message, '$.activityId') IS NOT NULL "
        f"AND EXISTS ({ACTIVITY.format(1)}) THEN {NEW_MESSAGE} ELSE message END",
    ),
)


def upgrade(conn):
    conn.execute(
        """
        UPDATE inbox
        SET message = json_set(
          json_remove(message, '$.activityId'),
          '$.memoComment',
          json_object(
            'memoId',
            (
              SELECT json_extract(activity.payload, '$.memoComment.memoId')
              FROM activity
              WHERE activity.id = json_extract(inbox.message, '$.activityId')
            ),
            'relatedMemoId',
            (
              SELECT json_extract(activity.payload, '$.memoComment.relatedMemoId')
              FROM activity
              WHERE activity.id = json_extract(inbox.message, '$.activityId')
            )
          )
        )
        WHERE json_extract(message, '$.activityId') IS NOT NULL
          AND EXISTS (
            SELECT 1
            FROM activity
            WHERE activity.id = json_extract(inbox.message, '$.activityId')
          )
        """
    )
