"""The chat app's conftest, copied in as ``conftest.py`` beside its migrations.

The app registers ``approx_tokens(text)`` on every connection it opens; its views call
it, so the harness's connections need it too (``edi_migrations_connect``).
"""

import sqlite3

import pytest


def approx_tokens(text):
    """About four tokens for every three words; bytes count four to a token."""
    if text is None:
        return None
    if isinstance(text, bytes):
        return len(text) // 4
    return (len(str(text).split()) * 4 + 2) // 3


@pytest.fixture(scope="session")
def edi_migrations_connect():
    def connect(database, **kwargs):
        conn = sqlite3.connect(database, **kwargs)
        conn.create_function("approx_tokens", 1, approx_tokens, deterministic=True)
        return conn

    return connect
