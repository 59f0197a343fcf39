"""Kanboard ``version_19``: the configuration gets an ``api_token``, drawn at random.

Upstream builds the UPDATE with one ``Token::getToken()`` (``bin2hex(random_bytes(30))``)
spliced into its text: every config row gets the same new token.
"""

import secrets

from edi_migrations.changes import RandomValue

# The new column is filled with a token drawn at random: no rule gives its value.
CHANGES = (RandomValue("config", "api_token"),)


def upgrade(conn):
    conn.execute("ALTER TABLE config ADD COLUMN api_token TEXT DEFAULT ''")
    conn.execute(f"UPDATE config SET api_token='{secrets.token_hex(30)}'")
