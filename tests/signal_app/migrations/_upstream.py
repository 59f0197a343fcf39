"""What several of Signal Desktop's migrations call, ported (not a migration: its name starts
with ``_``): ``getOurUuid`` (``41-uuid-keys.ts``), ``isValidUuid`` (``ts/types/UUID.ts``),
the ``items`` helpers of ``ts/sql/util.ts`` and JavaScript's ``JSON.stringify``.
"""

import json
import re

UUID_PATTERN = re.compile(
    r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", re.IGNORECASE
)


def stringify(value):
    """``JSON.stringify`` (``objectToJSON``): no blanks, characters as they are."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def is_valid_uuid(value):
    return isinstance(value, str) and UUID_PATTERN.fullmatch(value) is not None


def get_by_id(conn, table, key):
    """``getById``: the row's parsed ``json``, or None where there is no row."""
    row = conn.execute(f"SELECT json FROM {table} WHERE id = ?;", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def create_or_update(conn, table, data):
    """``createOrUpdate``: the object as the row's ``json``, under its ``id``."""
    conn.execute(
        f"INSERT OR REPLACE INTO {table} (id, json) VALUES (?, ?);",
        (data["id"], stringify(data)),
    )


def remove_by_id(conn, table, key):
    conn.execute(f"DELETE FROM {table} WHERE id = ?;", (key,))


def get_our_uuid(conn):
    """``getOurUuid``: the ``uuid_id`` item's value, lower-cased, before its first ``.``
    (``Helpers.unencodeNumber``); None without the item."""
    row = conn.execute("SELECT json FROM items WHERE id = ?;", ("uuid_id",)).fetchone()
    if row is None:
        return None
    value = json.loads(row[0]).get("value")
    text = "undefined" if value is None else str(value)  # String(value)
    return text.lower().split(".")[0]


def conversation_uuid(conn, conversation_id):
    """The ``getConversationUuid`` statement, plucked: the conversation's ``uuid`` or None."""
    row = conn.execute(
        "SELECT uuid FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    return None if row is None else row[0]



def _columns(conn, table):
    return {c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')}


def _insert(conn, table, fields):
    """One row holding ``fields`` (those the table has at this version), its ``json`` the
    whole object, as ``Server.ts`` saves it."""
    declared = {c[1]: c[2].upper() for c in conn.execute(f'PRAGMA table_info("{table}")')}
    columns = set(declared)
    fields = dict(fields)
    for name, kind in declared.items():  # the app's saves fill every column
        if name not in fields and name not in ("json", "rowid"):
            fields[name] = len(fields) if "INT" in kind or "NUM" in kind else f"{name} {len(fields)}"
    row = {k: v for k, v in fields.items() if k in columns and k != "json"}
    if "json" in columns:
        row["json"] = stringify(fields)
    names = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))


def _uuid(rng):
    return "-".join(f"{rng.getrandbits(n * 4):0{n}x}" for n in (8, 4, 4, 4, 12))


def write_json_columns(conn, ctx):
    """What Signal's ``ts/sql/Server.ts`` writes: a row of a key-value table holds the whole
    object in ``json``, its other columns copies of some of its fields (``saveMessage``,
    ``saveConversation``, ``createOrUpdate``): conversations (private ones keyed by phone
    number before ``0020``, by UUID after), their messages, sessions (``+number.device``),
    identity keys, pre-keys, unprocessed envelopes, attachment downloads, and the items
    ``0041`` and ``0047`` read (our UUID, identity key, registration id). The rows left are
    the generated ones."""
    rng, tables = ctx.rng, {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    numbers = [str(rng.randint(10**10, 10**11 - 1)) for _ in range(max(ctx.rows // 4, 3))]
    new_ids = ctx.version >= 20
    conversations = []
    if "conversations" in tables:
        for number in numbers:
            cid = _uuid(rng) if new_ids else number
            conversations.append(cid)
            _insert(conn, "conversations", {
                "id": cid, "type": "private", "e164": f"+{number}", "active_at": rng.randint(1, 10**12),
                "uuid": _uuid(rng) if new_ids and rng.random() < 0.8 else None,
                "name": None, "profileName": f"Person {number[-4:]}",
            })
        members = rng.sample(numbers, 2) + [str(rng.randint(10**10, 10**11 - 1))]
        group = _uuid(rng) if new_ids else f"{rng.getrandbits(64):016x}"
        conversations.append(group)
        _insert(conn, "conversations", {
            "id": group, "type": "group", "groupId": group, "name": "Family",
            "members": " ".join(("" if new_ids else "+") + m for m in members[:2]),
        })
    kinds = ("incoming", "outgoing", "group-v2-change", "story", None)
    for table in ("messages",) if "messages" in tables else ():
        for n in range(ctx.rows):
            _insert(conn, table, {
                "id": _uuid(rng), "conversationId": rng.choice(conversations or numbers),
                "type": rng.choice(kinds), "body": f"message {n}", "sent_at": 1_600_000_000_000 + n,
                "received_at": 1_600_000_000_000 + n, "expireTimer": rng.choice((None, 3600)),
                "expirationStartTimestamp": rng.choice((None, 1_600_000_000_000)),
            })
    if "sessions" in tables:
        for number in numbers:
            key = "number" if "number" in _columns(conn, "sessions") else "conversationId"
            _insert(conn, "sessions", {"id": f"+{number}.1", key: f"+{number}", "deviceId": 1})
    for table in ("identityKeys", "preKeys", "signedPreKeys", "unprocessed", "attachment_downloads"):
        if table in tables and "json" in _columns(conn, table):
            for n, number in enumerate(numbers):
                key = n + 1 if table.endswith("reKeys") else number
                _insert(conn, table, {"id": key, "timestamp": n, "pending": 0, "version": 2})
    if "items" in tables:
        for key, value in (
            ("uuid_id", f"{_uuid(rng)}.2"),
            ("identityKey", {"pubKey": "a2V5", "privKey": "c2VjcmV0"}),
            ("registrationId", rng.randint(1, 16380)),
        ):
            create_or_update(conn, "items", {"id": key, "value": value})


def get_jobs_in_queue(conn, queue_type):
    """``getJobsInQueueSync`` (``ts/sql/Server.ts``): the queue's jobs by timestamp, each
    ``data`` parsed (``JSON.parse`` throws on what is not JSON: so does ``json.loads``)."""
    rows = conn.execute(
        """
      SELECT id, timestamp, data
      FROM jobs
      WHERE queueType = $queueType
      ORDER BY timestamp;
      """,
        {"queueType": queue_type},
    ).fetchall()
    return [
        {"id": i, "queueType": queue_type, "timestamp": t,
         "data": None if data is None else json.loads(data)}
        for i, t, data in rows
    ]


def insert_job(conn, job):
    """``insertJobSync``: the job's ``data`` as JSON, or NULL without one."""
    conn.execute(
        """
      INSERT INTO jobs
      (id, queueType, timestamp, data)
      VALUES
      ($id, $queueType, $timestamp, $data);
    """,
        {"id": job["id"], "queueType": job["queueType"], "timestamp": job["timestamp"],
         "data": None if job["data"] is None else stringify(job["data"])},
    )


def get_message_by_id(conn, message_id):
    """``getMessageByIdSync``: the message's parsed ``json``, or None."""
    row = conn.execute("SELECT json FROM messages WHERE id = $id;", {"id": message_id}).fetchone()
    return None if row is None else json.loads(row[0])
