"""The lint check of the matrix passes Kanboard's ``ADD COLUMN ... DEFAULT "0"`` (SQLite
takes the quoted word as a string constant) and still fails a bare word that is not one,
``CURRENT_TIMESTAMP``, which SQLite refuses to add to a table with rows."""

from __future__ import annotations

from tests.harness.test_harness_lint import run_lint
from tests.lint_support import write_chain

QUOTED = """conn.execute('ALTER TABLE parent ADD COLUMN is_public INTEGER DEFAULT "0"')"""
CLOCK = (
    """conn.execute('ALTER TABLE parent ADD COLUMN is_public INTEGER DEFAULT CURRENT_TIMESTAMP')"""
)


def test_a_quoted_word_as_default_passes_the_lint_check(pytester):
    write_chain(pytester.path, QUOTED)
    result = run_lint(pytester)
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["0002_under_test: clean"])


def test_a_bare_word_that_is_no_constant_fails_the_lint_check_naming_em105(pytester):
    write_chain(pytester.path, CLOCK)
    result = run_lint(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*0002_under_test: EM105 *", "*is_public DEFAULT CURRENT_TIMESTAMP is not a constant*"]
    )
