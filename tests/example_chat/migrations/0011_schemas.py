"""Structured output: the JSON schemas prompts asked for, kept once each by their hash."""


def upgrade(conn):
    conn.execute("CREATE TABLE schemas (id TEXT PRIMARY KEY, content TEXT NOT NULL)")
    conn.execute("ALTER TABLE logs ADD COLUMN schema_id TEXT REFERENCES schemas(id)")
