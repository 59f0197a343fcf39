"""Trilium ``db/migrations/0191__hash_tokens.js``, ported: each ETAPI token (190 copied the
plain token into ``tokenHash``) replaced by its SHA-256, base64.
"""

import base64
import hashlib

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: each token stored as its SHA-256 (project_conftest.py gives SQLite the hash)
    Recompute("etapi_tokens", "tokenHash", expression="trilium_sha256_base64(tokenHash)"),
)


def upgrade(conn):
    for token_id, token in conn.execute(
        "SELECT etapiTokenId, tokenHash AS token FROM etapi_tokens"
    ).fetchall():
        token_hash = base64.b64encode(hashlib.sha256(token.encode()).digest()).decode()
        conn.execute(
            "UPDATE etapi_tokens SET tokenHash = ? WHERE etapiTokenId = ?", [token_hash, token_id]
        )
