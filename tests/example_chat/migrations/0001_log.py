"""The chat log's first schema: one row per prompt sent to a model, with the reply.

Written the way a small sqlite-utils tool starts: no primary key (rows are found by
``rowid``), every column TEXT as the first version stored whatever it was given.
``drafts`` holds prompts saved but not yet sent (a feature the app later dropped).
"""

from datetime import datetime, timedelta

MODELS = ("gpt-4o-mini", "claude-3-haiku", "llama3.2:3b", "gemini-1.5-flash", "mistral-small")
SYSTEMS = (None, None, "You are terse.", "Answer in French.", "You are a helpful assistant.")


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE log (
            model TEXT,
            prompt TEXT,
            system TEXT,
            reply TEXT,
            chat_id TEXT,
            duration_ms TEXT,
            created TEXT
        )
        """
    )
    conn.execute("CREATE TABLE drafts (prompt TEXT, model TEXT, saved TEXT)")


def downgrade(conn):
    conn.execute("DROP TABLE drafts")
    conn.execute("DROP TABLE log")


def app_writes(conn, ctx):
    """How the app logs an exchange, at whatever version the database is: a few chats of
    several exchanges each, replies from one sentence to long paragraphs, the duration as
    the version stores it. Only the columns the version has are written."""
    table = "logs" if _exists(conn, "logs") else "log"
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    conversations = _exists(conn, "conversations")
    start = datetime(2024, 3, 1, 9, 0, 0) + timedelta(days=ctx.rng.randint(0, 300))
    chats = max(2, ctx.sessions // 4)
    for n in range(ctx.sessions):
        chat = ctx.rng.randint(1, chats)
        prompt = ctx.faker.sentence(nb_words=ctx.rng.randint(3, 25))
        reply = " ".join(ctx.faker.paragraphs(nb=ctx.rng.randint(1, 4)))
        duration = ctx.rng.choice(("", str(ctx.rng.randint(40, 90_000))))
        created = (start + timedelta(minutes=7 * n)).isoformat(timespec="seconds")
        row = {
            "model": ctx.rng.choice(MODELS),
            "prompt": prompt,
            "system": ctx.rng.choice(SYSTEMS),
            "system_prompt": ctx.rng.choice(SYSTEMS),
            "reply": reply,
            "response": reply,
            "chat_id": str(chat),
            "conversation_id": f"chat-{chat}",
            "duration_ms": duration if ctx.version < 18 else (int(duration) if duration else None),
            "input_tokens": len(prompt.split()),
            "output_tokens": len(reply.split()),
            "created": created,
        }
        row = {k: v for k, v in row.items() if k in columns}
        if conversations and "conversation_id" in row:
            conn.execute(
                "INSERT OR IGNORE INTO conversations (id, model, created) VALUES (?, ?, ?)",
                (row["conversation_id"], row.get("model"), created),
            )
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))


def _exists(conn, table):
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return found.fetchone() is not None
