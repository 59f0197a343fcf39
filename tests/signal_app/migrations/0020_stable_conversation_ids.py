"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion20``, ported: its SQL as
written, and its TypeScript loops as Python doing the same, in upstream's order: the
``messages`` triggers are dropped and made again at the end; groups without members are
deleted with their messages; every conversation gets a random UUID as its id (``e164`` and
``groupId`` keep the old id, the JSON is patched with ``JSON_PATCH``) and its messages follow;
group members, sessions and identity keys are pointed at the new ids.

Upstream's statement that makes a missing group member's conversation has a comma before
``WHERE`` (a syntax error SQLite reports, as here); and its identity-key loop sets the key's
id to the whole conversation row (``allConversationsByOldId[newJson.id]``), which
better-sqlite3 refuses to bind, as Python's sqlite3 refuses a dict here. Both kept.
"""

import json
import re
import uuid

MISSING = object()  # a property JavaScript reads as undefined


def _row(cursor, values):
    return {d[0]: v for d, v in zip(cursor.description, values, strict=True)}


def _bound(value):
    """better-sqlite3 binds numbers, strings, bigints, buffers and null, nothing else: an
    object or undefined makes it throw, as here."""
    if value is MISSING or isinstance(value, dict):
        raise TypeError("SQLite3 can only bind numbers, strings, bigints, buffers, and null")
    return value


def _stringify(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def upgrade(conn):
    # The triggers on the messages table slow down this migration
    # significantly, so we drop them and recreate them later.
    triggers = conn.execute(
        'SELECT * FROM sqlite_master WHERE type = "trigger" AND tbl_name = "messages"'
    ).fetchall()
    triggers = [(name, sql) for (_type, name, _tbl, _page, sql) in triggers]
    for name, _sql in triggers:
        conn.executescript(f"DROP TRIGGER {name}")

    # Create new columns and indices
    conn.executescript(
        r"""
      ALTER TABLE conversations ADD COLUMN e164 TEXT;
      ALTER TABLE conversations ADD COLUMN uuid TEXT;
      ALTER TABLE conversations ADD COLUMN groupId TEXT;
      ALTER TABLE messages ADD COLUMN sourceUuid TEXT;
      ALTER TABLE sessions RENAME COLUMN number TO conversationId;
      CREATE INDEX conversations_e164 ON conversations(e164);
      CREATE INDEX conversations_uuid ON conversations(uuid);
      CREATE INDEX conversations_groupId ON conversations(groupId);
      CREATE INDEX messages_sourceUuid on messages(sourceUuid);

      -- Migrate existing IDs
      UPDATE conversations SET e164 = '+' || id WHERE type = 'private';
      UPDATE conversations SET groupId = id WHERE type = 'group';
"""
    )

    # Drop invalid groups and any associated messages
    for (group_json,) in conn.execute(
        "SELECT json FROM conversations WHERE type = 'group' AND members IS NULL;"
    ).fetchall():
        group = json.loads(group_json)  # JSON.parse
        if not group.get("members"):
            conn.execute("DELETE FROM conversations WHERE id = ?;", (group["id"],))
            conn.execute("DELETE FROM messages WHERE conversationId = ?;", (group["id"],))

    # Generate new IDs and alter data
    cursor = conn.execute("SELECT * FROM conversations;")
    all_conversations = [_row(cursor, values) for values in cursor.fetchall()]
    by_old_id = {row["id"]: row for row in all_conversations}  # lodash keyBy
    for row in all_conversations:
        old_id = row["id"]
        new_id = str(uuid.uuid4())
        by_old_id[old_id]["id"] = new_id
        patch = {"id": new_id}
        if row["type"] == "private":
            patch["e164"] = f"+{old_id}"
        elif row["type"] == "group":
            patch["groupId"] = old_id
        conn.execute(
            """
        UPDATE conversations
        SET id = ?, json = JSON_PATCH(json, ?)
        WHERE id = ?
        """,
            (new_id, _stringify(patch), old_id),
        )
        conn.execute(
            """
        UPDATE messages
        SET conversationId = ?, json = JSON_PATCH(json, ?)
        WHERE conversationId = ?
        """,
            (new_id, _stringify({"conversationId": new_id}), old_id),
        )

    # Update group conversations, point members at new conversation ids
    groups = conn.execute(
        "SELECT id, members, json FROM conversations WHERE type = 'group';"
    ).fetchall()
    for group_id, members_value, group_json in groups:
        members = [m for m in re.split(r"\s?\+", members_value) if m]
        new_members = []
        for member in members:
            member_row = by_old_id.get(member)
            if member_row:
                new_members.append(member_row["id"])
            else:
                # We didn't previously have a private conversation for this member,
                # we need to create one
                new_id = str(uuid.uuid4())
                conversation = {
                    "id": new_id, "e164": member, "type": "private", "version": 2,
                    "unreadCount": 0, "verified": 0, "inbox_position": 0,
                    "isPinned": False, "lastMessageDeletedForEveryone": False,
                    "markedUnread": False, "messageCount": 0, "sentMessageCount": 0,
                    "profileSharing": False,
                }
                conn.execute(
                    """
            UPDATE conversations
            SET
              json = :json,
              e164 = :e164,
              type = :type,
            WHERE
              id = :id;
            """,
                    {"id": new_id, "json": _stringify(conversation), "e164": member,
                     "type": "private"},
                )
                new_members.append(new_id)
        new_json = {**json.loads(group_json), "members": new_members}
        conn.execute(
            """
        UPDATE conversations
        SET members = ?, json = ?
        WHERE id = ?
        """,
            (" ".join(new_members), _stringify(new_json), group_id),
        )

    # Update sessions to stable IDs
    for session_id, session_json in conn.execute("SELECT id, json FROM sessions;").fetchall():
        new_json = json.loads(session_json)
        conversation = by_old_id.get(new_json["number"][1:])
        if conversation:
            new_json["conversationId"] = conversation["id"]
            new_json["id"] = f"{new_json['conversationId']}.{new_json.get('deviceId', 'undefined')}"
        del new_json["number"]
        conn.execute(
            """
        UPDATE sessions
        SET id = ?, json = ?, conversationId = ?
        WHERE id = ?
        """,
            (
                _bound(new_json.get("id", MISSING)),
                _stringify(new_json),
                _bound(new_json.get("conversationId", MISSING)),
                session_id,
            ),
        )

    # Update identity keys to stable IDs
    for key_id, key_json in conn.execute("SELECT id, json FROM identityKeys;").fetchall():
        new_json = json.loads(key_json)
        new_json["id"] = by_old_id.get(new_json.get("id"), MISSING)
        conn.execute(
            """
        UPDATE identityKeys
        SET id = ?, json = ?
        WHERE id = ?
        """,
            (_bound(new_json["id"]), _stringify(new_json), key_id),
        )

    # Recreate triggers
    for _name, sql in triggers:
        conn.executescript(sql)
