"""The re-run check reports by default and fails only where the project requires it.

With a runner that records each applied migration in the step's own transaction, a
migration never runs twice on one database: a guard or a backfill that, run again, finds
new work is sound there, and failing it is a false alarm. ``edi_migrations_rerun_check``
says what the project's runner promises: ``required`` (``true``) fails a re-run that
changes the database, ``reported`` (the default) runs it the same and lists the change
in a section of its own and in ``--matrix-report``, ``false`` skips it saying why.

Each spec runs the example app's chain (not EDI's) with one migration added.
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_rerun_setting import (
    IDEMPOTENT,
    NOT_IDEMPOTENT,  # inserts its one setting again on each run: no UNIQUE stops it
    RERUN_OF_THE_NEW_ONE,
)
from tests.harness_projects import add_migration, copy_example_chain, run_matrix

SECTION = "*re-run (what an applied migration changed when its upgrade() ran again)*"
REPORTED = "(reported, not required: edi_migrations_rerun_check = required fails it)"
HINT = "*guard upgrade() so that, run again on a database it already upgraded*"


@pytest.fixture
def chain(pytester: pytest.Pytester):
    return copy_example_chain(pytester)


def test_by_default_a_rerun_that_finds_new_work_passes_and_is_listed(pytester, chain):
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    report = pytester.path / "matrix.md"
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE, "--matrix-report", str(report))
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            SECTION,
            f"0008_settings re-run on v8 changed the database {REPORTED}",
            "*re-run changed the database: rows of settings*",
            HINT,
        ]
    )
    text = report.read_text(encoding="utf-8")
    assert "### Re-run" in text
    assert "0008_settings re-run on v8 changed the database" in text
    assert "rows of settings" in text and "guard upgrade()" in text
    assert "EDI" not in result.stdout.str()  # a foreign project's report speaks of its own


def test_required_fails_it_with_the_message_true_gave(pytester, chain):
    """``true`` (the old default's spelling) still fails it; ``required`` says the same."""
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    failures = {}
    for value in ("true", "required"):
        pytester.makeini(f"[pytest]\nedi_migrations_rerun_check = {value}\n")
        result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE)
        result.assert_outcomes(failed=1)
        failures[value] = result.stdout.str().split(" FAILURES ")[1].split(" migrations-seed ")[0]
    assert failures["required"] == failures["true"]
    failure = pytest.LineMatcher(failures["required"].splitlines())
    failure.fnmatch_lines(
        [
            "*0008_settings re-run on v8 broke invariant 'idempotent'*",
            "*re-run changed the database: rows of settings*",
            HINT[:-1] + "*edi_migrations_rerun_check = false*",
        ]
    )
    assert REPORTED not in result.stdout.str()


def test_false_skips_it_saying_why(pytester, chain):
    add_migration(chain, "settings", NOT_IDEMPOTENT)
    pytester.makeini("[pytest]\nedi_migrations_rerun_check = false\n")
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE, "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*edi_migrations_rerun_check = false*"])
    result.stdout.no_fnmatch_line(SECTION)


def test_an_idempotent_migration_is_listed_nowhere(pytester, chain):
    add_migration(chain, "settings", IDEMPOTENT)
    report = pytester.path / "matrix.md"
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE, "--matrix-report", str(report))
    result.assert_outcomes(passed=1)
    result.stdout.no_fnmatch_line(SECTION)
    assert "0008_settings" not in report.read_text(encoding="utf-8")


def test_a_value_that_is_no_mode_is_a_usage_error_naming_the_line(pytester, chain):
    pytester.makeini("[pytest]\nedi_migrations_rerun_check = sometimes\n")
    result = run_matrix(pytester, chain, *RERUN_OF_THE_NEW_ONE)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*edi_migrations_rerun_check = sometimes in *tox.ini*required, reported or false*"]
    )


def rerun_summary(length: int, changed: int) -> list[str]:
    """The terminal summary of a chain of ``length`` migrations whose last ``changed``
    re-runs each changed the database they ran on again."""
    from edi_migrations.harness.report import MatrixReporter
    from tests.harness.test_newcomer_round_thirteen import Options, Terminal

    reporter = MatrixReporter(Options())  # type: ignore[arg-type]
    for v in range(1, length):  # each start's next step and jump to head
        reporter.report.cells[(f"v{v}", f"v{v + 1}")] = "pass"
        reporter.report.cells[(f"v{v}", f"v{length}")] = "pass"
    for v in range(length - changed + 1, length + 1):
        evidence = (f"re-run changed the database: rows of t{v}", f"table t{v}: 1 row(s) added")
        reporter.report.rerun[f"{v:04d}_step re-run on v{length}"] = evidence
    terminal = Terminal()
    reporter.pytest_terminal_summary(terminal)
    return terminal.lines


def test_a_long_chain_counts_the_changed_reruns_then_names_each():
    lines = rerun_summary(120, changed=29)
    section = lines[lines.index(next(x for x in lines if x.startswith("== re-run"))) :]
    assert section[1] == "29 re-runs changed the database they ran on again"
    assert f"0092_step re-run on v120 changed the database {REPORTED}" in section
    assert "    re-run changed the database: rows of t120" in section
    assert "    table t120: 1 row(s) added" not in section  # the whole evidence: the report's
    assert any(line.startswith("hint: guard upgrade()") for line in section)
    assert len(section) < 70, "\n".join(section)


def test_a_short_chain_shows_each_change_whole():
    lines = rerun_summary(5, changed=1)
    assert "0005_step re-run on v5 changed the database " + REPORTED in lines
    assert "    table t5: 1 row(s) added" in lines
    assert not any(line.endswith("ran on again") for line in lines)
