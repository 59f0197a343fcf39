"""Signal Desktop ``ts/sql/migrations/58-update-unread.ts``, ported: its ``db.exec`` SQL as
written (trailing blanks trimmed; ``${ReadStatus.*}`` and ``${SeenStatus.*}`` as the
numbers they hold), run by ``conn.executescript``.
"""

from _read_status import statuses_after_58

from edi_migrations.changes import Recompute

READ, SEEN, BODY = statuses_after_58("messages.readStatus", "messages.seenStatus", "messages.json")

CHANGES = (
    # upstream's point: the JSON's old `unread` promoted to the columns, every message
    # given a read status, 56's rules run again with two more, and the JSON made to match
    Recompute("messages", "readStatus", READ),
    Recompute("messages", "seenStatus", SEEN),
    Recompute("messages", "json", BODY),
)


def upgrade(conn):
    conn.executescript(
        r"""
      --- Promote unread status in JSON to SQL column

      UPDATE messages
        SET
          readStatus = 1,
          seenStatus = 1
        WHERE
          json_extract(json, '$.unread') IS true OR
          json_extract(json, '$.unread') IS 1;

      --- Clean up all old messages that still have a null read status
      ---   Note: we don't need to update seenStatus, because that was defaulted to zero

      UPDATE messages
        SET
          readStatus = 0
        WHERE
          readStatus IS NULL;

      --- Re-run unseen/unread queries from migration 56

      UPDATE messages
        SET
          seenStatus = 1
        WHERE
          readStatus = 1 AND
          (
            type IS NULL
            OR
            type IN (
              'call-history',
              'change-number-notification',
              'chat-session-refreshed',
              'delivery-issue',
              'group',
              'incoming',
              'keychange',
              'timer-notification',
              'verified-change'
            )
          );

      UPDATE messages
        SET
          readStatus = 0
        WHERE
          readStatus = 1 AND
          type IS NOT NULL AND
          type NOT IN (
            'call-history',
            'change-number-notification',
            'chat-session-refreshed',
            'delivery-issue',
            'group',
            'incoming',
            'keychange',
            'timer-notification',
            'verified-change'
          );

      --- (new) Ensure these message types are not unread, just unseen

      UPDATE messages
        SET
          readStatus = 0
        WHERE
          readStatus = 1 AND
          (
            type IN (
              'change-number-notification',
              'keychange'
            )
          );

      --- (new) Ensure that these message types are neither unseen nor unread

      UPDATE messages
        SET
          readStatus = 0,
          seenStatus = 2
        WHERE
          type IN (
            'group-v1-migration',
            'message-history-unsynced',
            'outgoing',
            'profile-change',
            'universal-timer-notification'
          );

      --- Make sure JSON reflects SQL columns

      UPDATE messages
        SET
          json = json_patch(
            json,
            json_object(
              'readStatus', readStatus,
              'seenStatus', seenStatus
            )
          )
        WHERE
          readStatus IS NOT NULL OR
          seenStatus IS NOT 0;
"""
    )
