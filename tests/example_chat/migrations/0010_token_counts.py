"""Token counts per exchange, estimated for the past with the app's ``approx_tokens()``.

The app registers ``approx_tokens(text)`` on every connection it opens (views use it
too). A migration keeps its own copy, as it was when the migration was written, and
registers it on the runner's connection.
"""

from edi_migrations.changes import Backfill

CHANGES = (
    Backfill("logs", "input_tokens", expression="approx_tokens(prompt)"),
    Backfill("logs", "output_tokens", expression="approx_tokens(response)"),
)


def approx_tokens(text):
    """About four tokens for every three words; bytes count four to a token."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return len(text) // 4
    return (len(str(text).split()) * 4 + 2) // 3


def upgrade(conn):
    conn.create_function("approx_tokens", 1, approx_tokens, deterministic=True)
    conn.execute("ALTER TABLE logs ADD COLUMN input_tokens INTEGER")
    conn.execute("ALTER TABLE logs ADD COLUMN output_tokens INTEGER")
    conn.execute(
        "UPDATE logs SET input_tokens = approx_tokens(prompt), "
        "output_tokens = approx_tokens(response)"
    )
