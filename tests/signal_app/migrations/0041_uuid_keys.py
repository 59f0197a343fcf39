"""Signal Desktop ``ts/sql/migrations/41-uuid-keys.ts``, ported: its SQL as written, and its
TypeScript steps as Python doing the same, in upstream's order. ``preKeys`` and
``signedPreKeys`` get string ids; ``sessions`` gets ``ourUuid`` and ``uuid``. Without a valid
UUID of ours (the ``uuid_id`` item) every sender key, session and pre-key is deleted with the
identity key and registration id (the app then asks the user to link again); with one, keys
and sessions are prefixed with it, duplicates keep the newest, the identity key and
registration id move into maps keyed by it, and identity keys are keyed by UUID.
"""

from _upstream import (
    conversation_uuid,
    create_or_update,
    get_by_id,
    get_our_uuid,
    is_valid_uuid,
    remove_by_id,
)

from edi_migrations.changes import AddRows, Backfill, ChangeType, DeleteRows, Recompute

# getOurUuid in SQL: the uuid_id item's value as text, lower-cased, before its first '.'.
OUR_UUID = (
    "(SELECT lower(substr(v, 1, instr(v || '.', '.') - 1)) FROM "
    "(SELECT CAST(json_extract(json, '$.value') AS TEXT) AS v FROM items WHERE id = 'uuid_id'))"
)
# isValidUuid (8-4-4-4-12 hex, already lower-cased); NULL (no item) is not valid
NO_UUID = "NOT coalesce({} GLOB '{}', 0)".format(
    OUR_UUID, "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))
)


def _first_replaced(text, old, new):
    """JavaScript's ``text.replace(old, new)`` (the first ``old`` only) in SQL."""
    at = f"instr({text}, {old})"
    return (
        f"CASE WHEN {at} > 0 THEN substr({text}, 1, {at} - 1) || {new} || "
        f"substr({text}, {at} + length({old})) ELSE {text} END"
    )


def _uuid_of(conversation_id):
    return f"(SELECT uuid FROM conversations WHERE id = {conversation_id})"


def _prefixed(table):
    """``_prefix_keys``: a (signed) pre-key's id and json, prefixed with our UUID."""
    return (
        # the id column was the rowid (INTEGER PRIMARY KEY): a STRING key now
        ChangeType(table, "id", to="STRING", expression=f"{OUR_UUID} || ':' || {table}.id"),
        Recompute(table, "json", (
            f"json_set({table}.json, '$.id', {OUR_UUID} || ':' || json_extract({table}.json, '$.id'), "
            f"'$.keyId', json_extract({table}.json, '$.id'), '$.ourUuid', {OUR_UUID})"
        )),
    )


SENDER = "substr(senderKeys.senderId, 1, instr(senderKeys.senderId || '.', '.') - 1)"
SENDER_UUID = _uuid_of(SENDER)
SESSION_UUID = _uuid_of("sessions.conversationId")
SESSION_ID = f"{OUR_UUID} || ':' || " + _first_replaced("sessions.id", "sessions.conversationId", SESSION_UUID)
IDENTITY_ID = f"coalesce({_uuid_of('identityKeys.id')}, 'conversation:' || identityKeys.id)"

CHANGES = (
    # Without a valid UUID of ours upstream deletes every sender key, session and pre-key,
    # and the identity key and registration id: the user links the device again.
    *(DeleteRows(table, where=NO_UUID) for table in ("preKeys", "signedPreKeys", "senderKeys", "sessions")),
    # With one, pre-keys and signed pre-keys are keyed by it (a second identity, the PNI,
    # gets keys of its own later): the id and json.id prefixed, json.keyId the old id.
    *_prefixed("preKeys"),
    *_prefixed("signedPreKeys"),
    # A sender key or session is kept only where its conversation has a UUID (its key is
    # now the UUID, not the conversation id); the rest cannot be addressed and go.
    DeleteRows("senderKeys", where=f"{SENDER_UUID} IS NULL"),
    DeleteRows("sessions", where=f"{SESSION_UUID} IS NULL"),
    # the kept ones: ours:<id with the conversation id replaced by its UUID>
    Recompute("senderKeys", "id", f"{OUR_UUID} || ':' || " + _first_replaced("senderKeys.id", SENDER, SENDER_UUID)),
    Recompute("senderKeys", "senderId", _first_replaced("senderKeys.senderId", SENDER, SENDER_UUID)),
    Recompute("sessions", "id", SESSION_ID),
    Recompute("sessions", "json", (
        f"json_set(sessions.json, '$.id', {SESSION_ID}, '$.uuid', {SESSION_UUID}, '$.ourUuid', {OUR_UUID})"
    )),
    # the two columns 0041 adds, filled for the kept sessions
    Backfill("sessions", "ourUuid", expression=OUR_UUID),
    Backfill("sessions", "uuid", expression=SESSION_UUID),
    # the identity key and registration id move into maps keyed by our UUID
    DeleteRows("items", where="id IN ('identityKey', 'registrationId')"),
    AddRows("items"),
    # identity keys are keyed by their conversation's UUID, or 'conversation:<id>' without one
    Recompute("identityKeys", "id", IDENTITY_ID),
    Recompute("identityKeys", "json", f"json_set(identityKeys.json, '$.id', {IDENTITY_ID})"),
)


def _stats(conn, conversation_id):
    return conn.execute(
        "SELECT uuid, e164, active_at FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()


def _compare_convo_recency(conn, a, b):
    a_stats, b_stats = _stats(conn, a), _stats(conn, b)
    a_complete = bool(a_stats and a_stats[0] and a_stats[1])
    b_complete = bool(b_stats and b_stats[0] and b_stats[1])
    if not a_complete and not b_complete:
        return 0
    if not a_complete:
        return -1
    if not b_complete:
        return 1
    return (a_stats[2] or 0) - (b_stats[2] or 0)  # JavaScript: null - null is 0


def _clear_sessions_and_keys(conn):
    for table in ("senderKeys", "sessions", "signedPreKeys", "preKeys"):
        conn.execute(f"DELETE FROM {table}")
    remove_by_id(conn, "items", "identityKey")
    remove_by_id(conn, "items", "registrationId")


def _move_identity_key_to_map(conn, our_uuid):
    identity_key = get_by_id(conn, "items", "identityKey")
    registration_id = get_by_id(conn, "items", "registrationId")
    if identity_key:
        create_or_update(
            conn, "items",
            {"id": "identityKeyMap", "value": {our_uuid: identity_key.get("value")}},
        )
    if registration_id:
        create_or_update(
            conn, "items",
            {"id": "registrationIdMap", "value": {our_uuid: registration_id.get("value")}},
        )
    conn.executescript(
        r"""
      DELETE FROM items WHERE id = "identityKey" OR id = "registrationId";
"""
    )


def _prefix_keys(conn, our_uuid):
    for table in ("signedPreKeys", "preKeys"):
        conn.execute(
            f"""
        UPDATE {table}
        SET
          id = :ourUuid || ':' || id,
          json = json_set(
            json,
            '$.id',
            :ourUuid || ':' || json_extract(json, '$.id'),
            '$.keyId',
            json_extract(json, '$.id'),
            '$.ourUuid',
            :ourUuid
          )
        """,
            {"ourUuid": our_uuid},
        )


def _update_sender_keys(conn, our_uuid):
    sender_keys = conn.execute("SELECT id, senderId, lastUpdatedDate FROM senderKeys").fetchall()
    past_keys = {}
    for key_id, sender_id, last_updated in sender_keys:
        conversation_id = sender_id.split(".")[0]  # Helpers.unencodeNumber
        uuid = conversation_uuid(conn, conversation_id)
        if not uuid:
            conn.execute("DELETE FROM senderKeys WHERE id = ?", (key_id,))
            continue
        new_id = f"{our_uuid}:{key_id.replace(conversation_id, uuid, 1)}"
        existing = past_keys.get(new_id)
        is_older = existing and (
            last_updated < existing[1]
            or _compare_convo_recency(conn, conversation_id, existing[0]) < 0
        )
        if is_older:
            conn.execute("DELETE FROM senderKeys WHERE id = ?", (key_id,))
            continue
        if existing:
            conn.execute("DELETE FROM senderKeys WHERE id = ?", (new_id,))
        past_keys[new_id] = (conversation_id, last_updated)
        conn.execute(
            "UPDATE senderKeys SET id = ?, senderId = ? WHERE id = ?",
            (new_id, sender_id.replace(conversation_id, uuid, 1), key_id),
        )


def _update_sessions(conn, our_uuid):
    past_sessions = {}
    for session_id, conversation_id in conn.execute(
        "SELECT id, conversationId FROM SESSIONS"
    ).fetchall():
        uuid = conversation_uuid(conn, conversation_id)
        if not uuid:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            continue
        new_id = f"{our_uuid}:{session_id.replace(conversation_id, uuid, 1)}"
        existing = past_sessions.get(new_id)
        if existing and _compare_convo_recency(conn, conversation_id, existing) < 0:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            continue
        if existing:
            conn.execute("DELETE FROM sessions WHERE id = ?", (new_id,))
        past_sessions[new_id] = conversation_id
        conn.execute(
            """
      UPDATE sessions
      SET
        id = :newId,
        ourUuid = :ourUuid,
        uuid = :uuid,
        json = json_set(
          sessions.json,
          '$.id',
          :newId,
          '$.uuid',
          :uuid,
          '$.ourUuid',
          :ourUuid
        )
      WHERE
        id = :id
      """,
            {"id": session_id, "newId": new_id, "uuid": uuid, "ourUuid": our_uuid},
        )


def _update_identity_keys(conn):
    for (key_id,) in conn.execute("SELECT id FROM identityKeys").fetchall():
        uuid = conversation_uuid(conn, key_id)
        new_id = uuid if uuid else f"conversation:{key_id}"
        conn.execute(
            """
      UPDATE OR REPLACE identityKeys
      SET
        id = :newId,
        json = json_set(
          identityKeys.json,
          '$.id',
          :newId
        )
      WHERE
        id = :id
      """,
            {"id": key_id, "newId": new_id},
        )


def upgrade(conn):
    conn.executescript(
        r"""
      -- Change type of 'id' column from INTEGER to STRING

      ALTER TABLE preKeys
      RENAME TO old_preKeys;

      ALTER TABLE signedPreKeys
      RENAME TO old_signedPreKeys;

      CREATE TABLE preKeys(
        id STRING PRIMARY KEY ASC,
        json TEXT
      );
      CREATE TABLE signedPreKeys(
        id STRING PRIMARY KEY ASC,
        json TEXT
      );

      -- sqlite handles the type conversion
      INSERT INTO preKeys SELECT * FROM old_preKeys;
      INSERT INTO signedPreKeys SELECT * FROM old_signedPreKeys;

      DROP TABLE old_preKeys;
      DROP TABLE old_signedPreKeys;

      -- Alter sessions

      ALTER TABLE sessions
        ADD COLUMN ourUuid STRING;

      ALTER TABLE sessions
        ADD COLUMN uuid STRING;
"""
    )
    our_uuid = get_our_uuid(conn)
    if not is_valid_uuid(our_uuid):
        _clear_sessions_and_keys(conn)
        return
    _prefix_keys(conn, our_uuid)
    _update_sender_keys(conn, our_uuid)
    _update_sessions(conn, our_uuid)
    _move_identity_key_to_map(conn, our_uuid)
    _update_identity_keys(conn)
