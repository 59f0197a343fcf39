"""memos ``0.10/00__activity.sql``: the ``activity`` table.

``app_writes`` says how memos fills it: its payload is always the protobuf JSON of the
activity (a memo comment names the memo and the memo it comments on), never free text,
which 0054 reads with ``json_extract``.
"""

import json


def upgrade(conn):
    conn.execute(
        """
        -- activity
        CREATE TABLE activity (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          creator_id INTEGER NOT NULL,
          created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
          type TEXT NOT NULL DEFAULT '',
          level TEXT NOT NULL CHECK (level IN ('INFO', 'WARN', 'ERROR')) DEFAULT 'INFO',
          payload TEXT NOT NULL DEFAULT '{}'
        )
        """
    )


def app_writes(conn, ctx):
    """Memo-comment activities, as memos logs them, while the table exists (v16-v54)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'activity'").fetchone():
        return
    for n in range(ctx.rows):
        comment = {"memoId": ctx.rng.randint(1, 500), "relatedMemoId": ctx.rng.randint(1, 500)}
        conn.execute(
            "INSERT INTO activity (creator_id, created_ts, type, level, payload) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                ctx.rng.randint(1, 50),
                1_700_000_000 + 3600 * n,
                "TYPE_MEMO_COMMENT",
                "INFO",
                json.dumps({"memoComment": comment}, separators=(",", ":")),
            ),
        )
