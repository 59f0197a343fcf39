"""A quoted identifier as an ADD COLUMN default is a string constant, as SQLite reads it.

Kanboard's migrations write ``DEFAULT "0"``: SQLite's grammar takes a bare identifier
after DEFAULT (double-quoted, backticked or bracketed) as the text it spells, and adds
the column to a table with rows; in parentheses it is an expression SQLite refuses.
The lint agrees with SQLite on each (the same proof as ``test_lint_defaults.py``).
"""

from __future__ import annotations

import pytest

from edi_migrations.lint.matcher import lint_statements
from tests.lint.test_lint_defaults import SCHEMA, refused_with_rows

QUOTED = [
    'c INT DEFAULT "0"',
    "c TEXT DEFAULT `light`",
    "c TEXT DEFAULT [light]",
    'c INT NOT NULL DEFAULT "0"',
    'c INT DEFAULT ("0")',
]


@pytest.mark.parametrize("definition", QUOTED)
def test_the_lint_flags_a_quoted_default_exactly_when_sqlite_refuses_it(definition):
    found = lint_statements([f"ALTER TABLE t ADD COLUMN {definition}"], SCHEMA)
    assert bool(found) is refused_with_rows(definition)


def test_the_quoted_defaults_hold_both_verdicts():
    assert {refused_with_rows(d) for d in QUOTED} == {True, False}
