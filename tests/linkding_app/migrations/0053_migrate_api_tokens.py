"""linkding ``bookmarks/migrations/0053_migrate_api_tokens.py``: a data migration only (``sqlmigrate`` shows one Python operation).
``migrate_tokens_forward``, by hand: every REST framework token (``authtoken_token``) copied into ``bookmarks_apitoken`` as "Default Token", same key, user and creation time.
"""

from edi_migrations.changes import AddRows

# Each user's old API token becomes a named token (the old table stays).
CHANGES = (AddRows("bookmarks_apitoken"),)


def upgrade(conn):
    tokens = conn.execute('SELECT "key", "user_id", "created" FROM "authtoken_token"').fetchall()
    for key, user_id, created in tokens:
        conn.execute(
            'INSERT INTO "bookmarks_apitoken" ("key", "name", "created", "user_id") '
            "VALUES (?, ?, ?, ?)",
            (key, "Default Token", created, user_id),
        )
