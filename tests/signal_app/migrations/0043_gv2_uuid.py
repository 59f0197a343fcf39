"""Signal Desktop ``ts/sql/migrations/43-gv2-uuid.ts``, ported: its TypeScript loops as Python
doing the same. Group members in each conversation's JSON (``membersV2``,
``pendingMembersV2``, ``pendingAdminApprovalV2``) are named by UUID instead of conversation
id (a member without one is dropped, its ``addedByUserId`` mapped where it can be) and the
``members`` column follows; in each message's JSON the group change's ``from``, its
details' ``conversationId``/``inviter``, ``sourceUuid`` and ``invitedGV2Members`` are mapped
the same way, and the ``sourceUuid`` column follows.
"""

import json

from _upstream import conversation_uuid, stringify

MEMBER_KEYS = ("membersV2", "pendingMembersV2", "pendingAdminApprovalV2")


def _truthy(value):
    """JavaScript's truthiness: an empty array or object is true."""
    return value not in (None, False, 0, "") or isinstance(value, (list, dict))


def _upgrade_member(conn, member):
    uuid = conversation_uuid(conn, member.get("conversationId"))
    if not uuid:
        return None
    updated = {k: v for k, v in member.items() if k != "conversationId"}
    updated["uuid"] = uuid
    if not _truthy(member.get("addedByUserId")):
        return updated
    added_by = conversation_uuid(conn, member["addedByUserId"])
    if not added_by:
        return updated
    return {**updated, "addedByUserId": added_by}


def _upgrade_conversation(conn, convo):
    result = convo
    for key in MEMBER_KEYS:
        old_value = convo.get(key)
        if not isinstance(old_value, list):
            continue
        new_value = [m for m in (_upgrade_member(conn, m) for m in old_value) if m is not None]
        result = {**result, key: new_value}
    if result is convo:
        return
    if _truthy(result.get("membersV2")):
        members = " ".join(item.get("uuid") or "" for item in result["membersV2"])
    elif _truthy(result.get("members")):
        members = " ".join(result["members"])
    else:
        members = None
    conn.execute(
        "UPDATE conversations SET json = ?, members = ? WHERE id = ?;",
        (stringify(result), members, result.get("id")),
    )


def _upgrade_detail(conn, legacy_detail, detail):
    """One ``groupV2Change.details`` entry; None drops it, as upstream's ``undefined``."""
    changed = False
    for key in ("conversationId", "inviter"):
        if key not in legacy_detail:  # undefined; a JSON null goes on
            continue
        changed = True
        new_value = conversation_uuid(conn, legacy_detail[key])
        if key == "inviter" and not new_value:
            continue
        if not new_value:
            return None, changed
        detail = {k: v for k, v in detail.items() if k != key}
        detail["uuid" if key == "conversationId" else key] = new_value
    return detail, changed


def _upgrade_message(conn, message):
    result = message
    change = message.get("groupV2Change")
    if _truthy(change):
        source = conversation_uuid(conn, change.get("from"))
        if source:
            result = {**result, "groupV2Change": {**change, "from": source}}
        else:
            result = {**result, "groupV2Change": {k: v for k, v in change.items() if k != "from"}}
        details, changed_details = [], False
        for detail in change["details"]:
            new_detail, changed = _upgrade_detail(conn, detail, detail)
            changed_details = changed_details or changed
            if new_detail is not None:
                details.append(new_detail)
        if changed_details:
            result = {**result, "groupV2Change": {**result["groupV2Change"], "details": details}}
    if _truthy(message.get("sourceUuid")):
        new_value = conversation_uuid(conn, message["sourceUuid"])
        if new_value:
            result = {**result, "sourceUuid": new_value}
    invited = message.get("invitedGV2Members")
    if _truthy(invited):
        new_members = []
        for member in invited:
            uuid = conversation_uuid(conn, member.get("conversationId"))
            if not uuid:
                continue
            new_member = {k: v for k, v in member.items() if k != "conversationId"}
            new_member["uuid"] = uuid
            added_by = member.get("addedByUserId")
            new_added_by = conversation_uuid(conn, added_by) if _truthy(added_by) else None
            if new_added_by:
                new_member["addedByUserId"] = new_added_by
            new_members.append(new_member)
        result = {**result, "invitedGV2Members": new_members}
    if result is message:
        return
    conn.execute(
        "UPDATE messages SET json = ?, sourceUuid = ? WHERE id = ?;",
        (stringify(result), result.get("sourceUuid"), result.get("id")),
    )


def upgrade(conn):
    conversations = conn.execute(
        "SELECT json, profileLastFetchedAt FROM conversations ORDER BY id ASC;"
    ).fetchall()
    for (convo_json, _fetched) in conversations:
        _upgrade_conversation(conn, json.loads(convo_json))
    # TableIterator: every message's json, by id, in pages
    for (message_json,) in conn.execute("SELECT json FROM messages ORDER BY id ASC;").fetchall():
        _upgrade_message(conn, json.loads(message_json))
