"""The lint check on a migration the runner refuses for another database file: one that
``ATTACH``es ``archive.db``, or writes into an archive the app's ``connect`` attached.

The runner's authorizer denies the statement as it is compiled, so it never ran and the
trace the lint reads never held it: the lint called such a migration "clean" while every
upgrade path of it failed. It now fails it (EM117) with the runner's reason, and says that
acknowledging the rule would not get it past the runner; the same rows kept in a table of
the database stay clean. On a shop's and a team chat's chains, not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness.test_newcomer_round_eighteen import (
    INTO_A_TABLE_OF_ITS_OWN,
    INTO_THE_ARCHIVE,
    archive_project,
)
from tests.harness.test_newcomer_round_four import ATTACHES, IN_A_TABLE, ORDERS
from tests.harness_projects import INNER, lint_of_second

REFUSED = [
    "*0002_second: EM117 *",
    "*statement: ATTACH DATABASE 'archive.db' AS arch",
    "*problem: * attaches another database file*",
    "*why: * an attached file is outside the runner's backup, transaction and checks*",
    "*fix: * keep the rows in a table of this database*",
    "*acknowledging EM117 would not get it past the runner*",
]


def test_a_migration_attaching_a_file_fails_the_lint_with_the_runners_reason(pytester):
    result = lint_of_second(pytester, ORDERS, ATTACHES)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(REFUSED)
    out = result.stdout.str()
    assert "LINT_ACKNOWLEDGED" not in out and "EDI" not in out and "clean" not in out, out


def test_the_archive_kept_in_a_table_passes_the_lint(pytester):
    result = lint_of_second(pytester, ORDERS, IN_A_TABLE)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["0002_second: clean"])


def lint_v3_to_v4(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    """The lint check of the chat chain's fourth migration, ``body``, in a subprocess (its
    connect module is the project's own, imported afresh)."""
    folder = archive_project(pytester, body)
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "-k", "test_migration_passes_the_lint")
    return pytester.runpytest_subprocess(*argv, "--upgrade-path", "v3->v4", timeout=300)


def test_a_migration_writing_into_a_file_the_connect_attached_fails_the_lint(pytester):
    result = lint_v3_to_v4(pytester, INTO_THE_ARCHIVE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0004_archive_old_messages: EM117 *",
            "*problem: * writes to the schema of 'archive', a database the app's connect attached*",
            "*why: * an attached file is outside the runner's backup, version record and checks*",
        ]
    )
    assert "EDI" not in result.stdout.str()


def test_old_rows_kept_in_a_table_of_its_own_pass_the_lint(pytester):
    result = lint_v3_to_v4(pytester, INTO_A_TABLE_OF_ITS_OWN)
    result.assert_outcomes(passed=1)
