"""Trilium's connections, as the project's conftest gives them to the harness and the runner.

Step 191 stores each ETAPI token as its SHA-256 (``crypto.createHash('sha256')``, base64),
which SQLite cannot compute: ``trilium_sha256_base64`` lets that step's declaration
(``Recompute("etapi_tokens", "tokenHash", ...)``) say the value it means. No migration
calls it.
"""

import base64
import hashlib
import sqlite3

import pytest


def _sha256_base64(text):
    if text is None:
        return None
    raw = text if isinstance(text, bytes) else str(text).encode()
    return base64.b64encode(hashlib.sha256(raw).digest()).decode()


def connect(database, **kw):
    """sqlite3.connect with the hash function (every keyword passed on, as the runner asks)."""
    conn = sqlite3.connect(database, **kw)
    conn.create_function("trilium_sha256_base64", 1, _sha256_base64, deterministic=True)
    return conn


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return connect
