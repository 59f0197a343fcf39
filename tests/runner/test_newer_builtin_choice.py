"""Which running SQLite is told a function is SQLite's own from a newer release.

The message's choice depends on the running library's version, so it is proven here for
versions given as an argument: the behaviour holds even where the running library has
every function the floor table names (the pytester spec then has nothing to call).
"""

from __future__ import annotations

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.newer_builtin import newer_builtin_hint

MISSING = sqlite3.OperationalError("no such function: CONCAT")


def test_an_older_sqlite_is_told_the_release_that_added_it():
    hint = newer_builtin_hint(MISSING, running=(3, 40, 1))
    assert "CONCAT() is SQLite's own from 3.44.0; this SQLite is 3.40.1" in hint, hint


@pytest.mark.parametrize("running", [(3, 44, 0), (3, 46, 1)])
def test_a_sqlite_that_has_it_is_told_nothing(running):
    assert newer_builtin_hint(MISSING, running=running) == ""


def test_a_function_no_sqlite_has_is_told_nothing():
    unknown = sqlite3.OperationalError("no such function: title_case")
    assert newer_builtin_hint(unknown, running=(3, 7, 0)) == ""


def test_by_default_the_running_library_decides():
    expected = newer_builtin_hint(MISSING, running=sqlite3.sqlite_version_info)
    assert newer_builtin_hint(MISSING) == expected
