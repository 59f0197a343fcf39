"""The lint as a built-in check of the matrix: a migration breaking a rule, or needing a
SQLite newer than the declared floor, fails ``test_migration_passes_the_lint`` naming the
rule; acknowledged (``LINT_ACKNOWLEDGED``) or done right, it passes. The migrations are
those of the lint's own specifications (``tests/lint/test_lint_rules.py``), run here through
the plugin in a pytester project that holds only the migrations folder."""

from __future__ import annotations

import pytest

from tests.lint.test_lint_rules import BREAKS, CONTROLS
from tests.lint_support import write_chain

LINT = ("-p", "no:cacheprovider", "--matrix-sessions", "10", "-k", "test_migration_passes_the_lint")
FIRST_BREAK = {rule: (body, codes) for rule, body, codes in reversed(BREAKS)}


def run_lint(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess("--migrations-dir", "migrations", *LINT, *args)


def acknowledging(codes: set[str]) -> str:
    reasons = ", ".join(f'"{c}": "reviewed: safe for this app"' for c in sorted(codes))
    return f"LINT_ACKNOWLEDGED = {{{reasons}}}"


@pytest.mark.parametrize("rule", sorted(FIRST_BREAK))
def test_a_migration_breaking_a_rule_fails_the_lint_check_naming_it(pytester, rule):
    body, codes = FIRST_BREAK[rule]
    write_chain(pytester.path, body)
    result = run_lint(pytester)
    result.assert_outcomes(passed=1, failed=1)  # the base migration is clean
    runs_anyway = rule not in ("EM108", "EM117")  # the runner refuses these whatever is said
    way_out = "*LINT_ACKNOWLEDGED = {*" if runs_anyway else f"*acknowledging {rule} would not*"
    result.stdout.fnmatch_lines([f"*0002_under_test: {rule} *", way_out])


@pytest.mark.parametrize("rule", sorted(FIRST_BREAK))
def test_the_same_migration_acknowledging_the_rule_passes_and_is_reported(pytester, rule):
    body, codes = FIRST_BREAK[rule]
    write_chain(pytester.path, body, header=acknowledging(codes))
    result = run_lint(pytester)
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([f"0002_under_test: {rule} * (acknowledged: reviewed: safe*"])


@pytest.mark.parametrize(
    ("rule", "body"), CONTROLS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(CONTROLS)]
)
def test_the_same_work_done_right_passes_the_lint_check(pytester, rule, body):
    write_chain(pytester.path, body, floor="3.31")
    result = run_lint(pytester)
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["0002_under_test: clean"])


DROPS_A_COLUMN = 'conn.execute("ALTER TABLE child DROP COLUMN note")'


def test_at_floor_3_31_a_drop_column_fails_naming_3_35(pytester):
    write_chain(pytester.path, DROPS_A_COLUMN, floor="3.31")
    result = run_lint(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*DROP COLUMN needs SQLite 3.35.0; the declared floor is 3.31*"])


def test_a_floor_given_on_the_command_line_overrides_the_declared_one(pytester):
    write_chain(pytester.path, DROPS_A_COLUMN, floor="3.31")
    run_lint(pytester, "--sqlite-floor", "3.35").assert_outcomes(passed=2)


def test_the_lint_of_every_migration_ends_the_report(pytester):
    write_chain(pytester.path, 'conn.execute("VACUUM")')
    result = run_lint(pytester)
    result.stdout.fnmatch_lines(
        [
            "*lint (SQLite floor and risky operations)*",
            "0001_base: clean",
            "0002_under_test: EM108 * (FAIL)",
        ]
    )


def test_the_header_names_the_sqlite_in_use_and_the_floor(pytester):
    from edi_migrations.sqlite.dbapi import sqlite3

    write_chain(pytester.path, DROPS_A_COLUMN, floor="3.31")
    result = run_lint(pytester)
    line = f"sqlite: {sqlite3.sqlite_version} (module {sqlite3.__name__}); floor 3.31"
    result.stdout.fnmatch_lines([line])
