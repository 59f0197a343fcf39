"""Signal Desktop ``ts/sql/migrations/53-gv2-banned-members.ts``, ported: its SQL as
written, and its loop as Python doing the same. Each group whose ``bannedMembersV2`` (a
list of UUIDs) has a length gets it as a list of ``{uuid, timestamp: 0}`` by
``json_patch``. JavaScript's ``?.length`` kept: a non-empty string has one too, and its
``.map`` throws (the step fails), as Python's raise does.
"""

import json

from _upstream import stringify

from edi_migrations.changes import Recompute

BANNED = "json_extract(conversations.json, '$.bannedMembersV2')"

CHANGES = (
    # upstream's point: banned members gain a timestamp (0: unknown) beside their UUID
    Recompute("conversations", "json", (
        "CASE WHEN conversations.type = 'group' "
        "AND json_type(conversations.json, '$.bannedMembersV2') = 'array' "
        "AND json_array_length(conversations.json, '$.bannedMembersV2') > 0 "
        "THEN json_patch(conversations.json, json_object('bannedMembersV2', "
        "(SELECT json_group_array(json_object('uuid', value, 'timestamp', 0)) "
        f"FROM json_each({BANNED})))) ELSE conversations.json END"
    )),
)


def _upgrade_conversation(conn, convo):
    if convo is None:
        raise TypeError("Cannot read properties of null (reading 'id')")
    if not isinstance(convo, dict):
        return False  # a number, string or array from JSON: no such property
    banned = convo.get("bannedMembersV2")
    if not (isinstance(banned, (list, str)) and len(banned)):  # !legacy.bannedMembersV2?.length
        return False
    if not isinstance(banned, list):
        raise TypeError("legacy.bannedMembersV2.map is not a function")
    json_patch = {"bannedMembersV2": [{"uuid": uuid, "timestamp": 0} for uuid in banned]}
    conn.execute(
        """
      UPDATE conversations SET
        json = json_patch(json, $jsonPatch)
      WHERE id = $id;
    """,
        {"id": convo.get("id"), "jsonPatch": stringify(json_patch)},
    )
    return True


def upgrade(conn):
    all_conversations = [
        json.loads(text)
        for (text,) in conn.execute(
            """
        SELECT json
        FROM conversations
        WHERE type = 'group'
        ORDER BY id ASC;
      """
        )
    ]
    for convo in all_conversations:
        _upgrade_conversation(conn, convo)
