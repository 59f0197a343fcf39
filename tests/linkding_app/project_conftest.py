"""linkding's conftest, copied in as conftest.py beside its migrations: the harness opens
every database with ``linkding_normalize_url``, the Python function ``0047`` and ``0051``
fill ``url_normalized`` with, so that their declared ``Recompute`` can be read."""

import importlib.util
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3

_spec = importlib.util.spec_from_file_location(
    "_linkding_urls", Path(__file__).parent / "migrations" / "_urls.py"
)
_urls = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_urls)


def _connect(database, **kwargs):
    conn = sqlite3.connect(database, **kwargs)
    conn.create_function("linkding_normalize_url", 1, _urls.normalize_url, deterministic=True)
    return conn


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return _connect
