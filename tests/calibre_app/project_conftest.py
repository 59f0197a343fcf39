"""calibre's conftest, copied in as conftest.py beside its migrations: the harness opens
every database with the functions calibre registers on each connection it opens
(``title_sort`` its triggers call, ``concat``/``sortconcat`` its ``meta`` view reads,
``books_list_filter`` its tag browser views read), from ``migrations/_calibre_functions.py``."""

import importlib.util
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3

_spec = importlib.util.spec_from_file_location(
    "_calibre_functions", Path(__file__).parent / "migrations" / "_calibre_functions.py"
)
_functions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_functions)


def _connect(database, **kwargs):
    return _functions.register(sqlite3.connect(database, **kwargs))


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return _connect
