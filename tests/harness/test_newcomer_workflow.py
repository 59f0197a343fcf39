"""A newcomer's workflow, round three: what a declaration, run as the harness runs it,
answers when it is not SQL it can evaluate. A ``Recompute`` whose expression is a
sentence (``"normalised to ISO date"``) or calls a function only the migration registers
(``conn.create_function``) raised SQLite's bare ``OperationalError`` from the harness's
own frames; it now fails as a broken declaration, naming it, SQLite's reason and what to
do. The same declaration, written as SQL over the row, passes. On a recipes chain.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import outer_seed, run_matrix
from tests.newcomer_chains import STEP, two_steps

RECIPES = '''"""Recipes of a cooking app, each with the date it was written."""


def upgrade(conn):
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT, created TEXT)")
'''
NORMALISE = '''
from edi_migrations.changes import Recompute

CHANGES = (Recompute("recipes", "created", {expression!r}),)


def _day(value):
    return None if value is None else str(value)[:10]


def upgrade(conn):
    conn.create_function("day_of", 1, _day, deterministic=True)
    conn.execute("UPDATE recipes SET created = day_of(created)")
'''
CASES = [
    ("substr(created, 1, 10)", None),
    ("normalised to ISO date", 'near "to": syntax error'),
    ("day_of(created)", "no such function: day_of"),
]


@pytest.mark.parametrize(("expression", "reason"), CASES)
def test_a_declared_expression_sqlite_cannot_run_fails_naming_it(pytester, expression, reason):
    folder = two_steps(pytester, RECIPES, NORMALISE.format(expression=expression))
    result = run_matrix(pytester, folder, *STEP)
    if reason is None:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*upgrade path v1->v2 broke invariant 'declared changes are SQL'*",
        f"*Recompute(table='recipes', column='created', expression={expression!r}) of 0002_second cannot run: {reason}*",
        "*an expression is SQL over each row as the migration found it*",
        *(["*in your conftest's edi_migrations_connect fixture*"] if "function" in reason else []),
    ])  # fmt: skip
    assert "Traceback" not in result.stdout.str()
    assert "OperationalError" not in result.stdout.str()
    assert "EDI" not in result.stdout.str()


CONNECT = """
import sqlite3

import pytest


@pytest.fixture(scope="session")
def edi_migrations_connect():
    def connect(database, **kw):
        conn = sqlite3.connect(database, **kw)
        conn.create_function("day_of", 1, lambda v: None if v is None else str(v)[:10])
        return conn

    return connect
"""


def test_the_function_registered_as_the_failure_says_passes(pytester):
    """The failure's advice, followed literally: the same declaration then passes."""
    folder = two_steps(pytester, RECIPES, NORMALISE.format(expression="day_of(created)"))
    pytester.makeconftest(CONNECT)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


@pytest.mark.parametrize("cache", ["writable", "unwritable"])
def test_a_checkout_whose_cache_cannot_be_written_still_runs(pytester, cache):
    """A read-only checkout (a CI cache mount, another user's clone): pytest only warns
    that it cannot write its cache, but the plugin's own folders in it were an
    INTERNALERROR. Such a run keeps nothing between runs, as ``-p no:cacheprovider``."""
    folder = two_steps(pytester, RECIPES, NORMALISE.format(expression="substr(created, 1, 10)"))
    (pytester.path / "blocked").write_text("a file, where the cache's folder would go")
    where = "blocked/cache" if cache == "unwritable" else ".cache"
    args = ("-o", f"cache_dir={where}", "--migrations-dir", str(folder), *STEP, *outer_seed())
    # pytest's own warning that it cannot write its cache stays a warning
    result = pytester.runpytest_inprocess(*args, "-W", "default::pytest.PytestCacheWarning")
    result.assert_outcomes(passed=1)
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
