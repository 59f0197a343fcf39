"""Mealie's conftest, copied in as conftest.py beside its migrations: the harness opens
every database with ``mealie_normalize``, the Python function ``0017`` fills the
``*_normalized`` search columns with, so that its declared ``Backfill`` can be read."""

import importlib.util
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3

_spec = importlib.util.spec_from_file_location(
    "_mealie_normalize", Path(__file__).parent / "migrations" / "_normalize.py"
)
_normalize = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_normalize)


def _connect(database, **kwargs):
    conn = sqlite3.connect(database, **kwargs)
    conn.create_function("mealie_normalize", 1, _normalize.normalize, deterministic=True)
    return conn


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return _connect
