"""Anki's connections, as the project's conftest gives them to the harness and the runner.

Anki registers the ``unicase`` collation (Rust's ``unicase::UniCase``: Unicode case
folding) on every connection it opens; its tables of names and tags are ``COLLATE
unicase``. Copied in as ``conftest.py`` beside the migrations."""

import sqlite3

import pytest


def unicase(left: str, right: str) -> int:
    a, b = left.casefold(), right.casefold()
    return (a > b) - (a < b)


def connect(database, **kw):
    """sqlite3.connect with Anki's collation (every keyword passed on, as the runner asks)."""
    conn = sqlite3.connect(database, **kw)
    conn.create_collation("unicase", unicase)
    return conn


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return connect
