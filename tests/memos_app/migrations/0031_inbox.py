"""memos ``0.17/00__inbox.sql``: the ``inbox`` table.

``app_writes`` says how memos fills it: ``message`` is always the protobuf JSON of the
inbox message (a type and, until 0054 resolves it, the id of its activity), never free
text, which 0054 reads with ``json_extract``.
"""

import json


def upgrade(conn):
    conn.execute(
        """
        -- inbox
        CREATE TABLE inbox (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          sender_id INTEGER NOT NULL,
          receiver_id INTEGER NOT NULL,
          status TEXT NOT NULL,
          message TEXT NOT NULL DEFAULT '{}'
        )
        """
    )


def app_writes(conn, ctx):
    """Memo-comment notifications, as memos writes them at the database's version: naming
    an activity (most of them still logged) before 0054, the memo comment itself after."""
    has_activity = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'activity'").fetchone()
    activities = [r[0] for r in conn.execute("SELECT id FROM activity")] if has_activity else []
    for n in range(ctx.rows):
        message: dict = {"type": "TYPE_MEMO_COMMENT"}
        if ctx.version < 54:
            known = activities and ctx.rng.random() < 0.8
            message["activityId"] = ctx.rng.choice(activities) if known else 10_000 + n
        else:
            message["memoComment"] = {
                "memoId": ctx.rng.randint(1, 500),
                "relatedMemoId": ctx.rng.randint(1, 500),
            }
        conn.execute(
            "INSERT INTO inbox (created_ts, sender_id, receiver_id, status, message) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                1_700_000_000 + 3600 * n,
                ctx.rng.randint(1, 50),
                ctx.rng.randint(1, 50),
                ctx.rng.choice(("UNREAD", "ARCHIVED")),
                json.dumps(message, separators=(",", ":")),
            ),
        )
