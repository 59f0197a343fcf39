"""A table keyed by a short upper-case code (``CHECK (length(code) = 3 AND code =
upper(code))`` or ``code GLOB '[A-Z][A-Z][A-Z]'``, ISO currencies) is filled: its start
held no row, and the coverage check failed a sound chain asking for ``app_writes``. A step that loses a currency
still fails, naming it. On a small chain not EDI's.
"""

from __future__ import annotations

import pytest

from tests.newcomer_chains import passes_the_default_matrix, step_fails_showing, two_steps

CURRENCIES = '''"""Currencies by their ISO code, and prices in them."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE currencies (code TEXT PRIMARY KEY "
        "CHECK (length(code) = 3 AND code = upper(code)), name TEXT NOT NULL)"
    )
'''
SYMBOL = """
def upgrade(conn):
    if "symbol" not in [r[1] for r in conn.execute("PRAGMA table_info(currencies)")]:
        conn.execute("ALTER TABLE currencies ADD COLUMN symbol TEXT")
"""
LOSES_ONE = SYMBOL + '    conn.execute("DELETE FROM currencies WHERE rowid = 5")\n'


GLOBBED = CURRENCIES.replace(
    "CHECK (length(code) = 3 AND code = upper(code))", "CHECK (code GLOB '[A-Z][A-Z][A-Z]')"
)


@pytest.mark.parametrize("first", [CURRENCIES, GLOBBED], ids=["upper", "glob"])
def test_a_table_keyed_by_an_upper_case_code_is_filled_and_the_matrix_passes(pytester, first):
    assert first.count("CHECK") == 1
    result = passes_the_default_matrix(pytester, two_steps(pytester, first, SYMBOL))
    result.stdout.fnmatch_lines(["*v1  currencies * rows: code 100%, name 100%*"])


def test_a_step_losing_a_currency_fails_naming_it(pytester):
    folder = two_steps(pytester, CURRENCIES, LOSES_ONE)
    step_fails_showing(pytester, folder, ["*broke invariant 'data kept'*", "*currencies*lost*"])
