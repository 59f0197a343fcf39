"""darktable's connections, as the project's conftest gives them to the harness and the runner.

darktable opens ``library.db`` with its ``data.db`` attached as ``data`` (``dt_database_init``):
step 27 reads ``data.tags``. The port attaches an in-memory ``data`` holding the tags table of
``_create_data_schema()`` and the tags the app data uses, so that every connection (fresh
installs, copies, the steps) sees the same tags; a step only reads it. Copied in as
``conftest.py`` beside the migrations."""

import sqlite3

import pytest

TAGS = ((1, "darktable|changed", None, 0), (2, "places|Paris", None, 0), (3, "darktable|format|raw", None, 0))


def connect(database, **kw):
    """sqlite3.connect with darktable's ``data`` database attached (every keyword passed on)."""
    conn = sqlite3.connect(database, **kw)
    conn.execute("ATTACH DATABASE ':memory:' AS data")
    conn.execute("CREATE TABLE data.tags (id INTEGER PRIMARY KEY, name VARCHAR, synonyms VARCHAR, flags INTEGER)")
    conn.execute("CREATE UNIQUE INDEX data.tags_name_idx ON tags (name)")
    conn.executemany("INSERT INTO data.tags VALUES (?, ?, ?, ?)", TAGS)
    conn.commit()
    return conn


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return connect
