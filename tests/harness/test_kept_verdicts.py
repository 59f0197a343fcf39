"""A built-in check that passed is not run again on the same inputs (harness/verdicts.py):
its verdict is kept under a key of everything it read (its start's bytes, the migrations
up to the highest version it reaches, the harness's and the project's code, the options),
reported as a skip saying so, and counted at the end. On CI every check runs. On the
example app's chain (not EDI's); each spec names the checks it expects to run again."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.harness.paths import Start, UpgradePath
from edi_migrations.harness.verdict_inputs import reach_and_start
from tests.harness_projects import add_migration, copy_example_chain
from tests.shared_runs import SharedRuns

# the lint of the first and the last migration: one reaches v1 only, the other v7
LINT = (
    "-k",
    "test_migration_passes_the_lint",
    "--upgrade-path",
    "v0->v1",
    "--upgrade-path",
    "v6->v7",
)
KEPT_LINE = "*2 checks kept the verdict of an earlier run on the same inputs*"
DELETES_ROWS = """
def upgrade(conn):
    conn.execute("DELETE FROM notes WHERE id % 2 = 0")  # loses rows nobody declared
"""
HARMLESS = """
def upgrade(conn):
    conn.execute("CREATE INDEX idx_notes_created ON notes(created)")
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return copy_example_chain(pytester)


@pytest.fixture
def first_lint(pytester: pytest.Pytester, shared_runs: SharedRuns) -> pytest.RunResult:
    """The lint's first run on the unchanged chain, verdicts kept: the same for every spec
    that starts there, so run once, each spec's project a copy of the project it left
    (tests/shared_runs.py)."""
    return shared_runs.run_once(
        "first lint",
        pytester.path,
        lambda: run(pytester, copy_example_chain(pytester), "--verdicts=reuse", *LINT),
    )


@pytest.fixture
def linted(pytester: pytest.Pytester, first_lint: pytest.RunResult) -> Path:
    """The chain of :func:`first_lint`'s project (this spec's copy)."""
    return pytester.path / "migrations"


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    """The checks on ``folder`` with the project's own cache (verdicts kept there). The
    folder is named as a user names it, from the project's root: the options are inputs
    of a verdict, and a spec's project may be a copy of the one a shared run left."""
    return pytester.runpytest_inprocess(
        "--migrations-dir",
        str(folder.relative_to(pytester.path)),
        "--matrix-sessions",
        "10",
        "--migrations-seed",
        "5",
        "-rs",
        "-v",
        *args,
    )


def append_comment(path: Path) -> None:
    with path.open("a", encoding="utf-8") as source:
        source.write("\n# edited: a new checksum, nothing else\n")


def test_a_second_run_keeps_every_verdict_of_unchanged_inputs(pytester, first_lint, linted):
    first_lint.assert_outcomes(passed=2)
    again = run(pytester, linted, "--verdicts=reuse", *LINT)
    again.assert_outcomes(skipped=2)
    again.stdout.fnmatch_lines([KEPT_LINE, "*kept verdict: passed on * with the same inputs*"])


def test_editing_the_last_migration_runs_only_the_checks_that_reach_it(
    pytester, first_lint, linted
):
    first_lint.assert_outcomes(passed=2)
    append_comment(sorted(linted.glob("0007_*.py"))[0])
    again = run(pytester, linted, "--verdicts=reuse", *LINT)
    again.assert_outcomes(passed=1, skipped=1)
    again.stdout.fnmatch_lines(["*passes_the_lint*v7* PASSED*"])


def test_editing_an_earlier_migration_runs_every_check_that_reaches_it(
    pytester, first_lint, linted
):
    first_lint.assert_outcomes(passed=2)
    append_comment(sorted(linted.glob("0002_*.py"))[0])
    run(pytester, linted, "--verdicts=reuse", *LINT).assert_outcomes(passed=1, skipped=1)


def test_a_failing_check_keeps_no_verdict_and_fails_again(pytester, chain):
    add_migration(chain, "loses_rows", DELETES_ROWS)
    step = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
    run(pytester, chain, "--verdicts=reuse", *step).assert_outcomes(failed=1)
    run(pytester, chain, "--verdicts=reuse", *step).assert_outcomes(failed=1)


def test_a_passing_path_keeps_its_verdict_as_a_kept_cell_of_the_report(pytester, chain):
    """The control of the spec above: the same step, harmless, is kept; the report says
    'kept' where the first run said 'pass', and its lint section is the same."""
    add_migration(chain, "created_index", HARMLESS)
    args = ("-k", "test_upgrade_path or lint", "--upgrade-path", "v7->v8")
    run(pytester, chain, "--verdicts=reuse", *args, "--matrix-report=one.md")
    again = run(pytester, chain, "--verdicts=reuse", *args, "--matrix-report=two.md")
    again.assert_outcomes(skipped=2)
    one, two = (pytester.path / name for name in ("one.md", "two.md"))
    assert "| v7 | ✅ pass |" in one.read_text()
    assert "| v7 | kept |" in two.read_text()
    assert (
        "1 cells, 0 failing, 1 kept (passed in an earlier run on the same inputs" in two.read_text()
    )
    assert "kept" not in one.read_text().split("|")[0]
    lint = one.read_text().split("### Lint")[1].split("<!--")[0]
    assert lint.strip() and lint == two.read_text().split("### Lint")[1].split("<!--")[0]


@pytest.mark.parametrize("mode", ["--verdicts=run", "-p no:cacheprovider"])
def test_run_mode_and_no_cache_run_every_check(pytester, first_lint, linted, mode):
    first_lint.assert_outcomes(passed=2)
    run(pytester, linted, mode, *LINT).assert_outcomes(passed=2)


@pytest.mark.parametrize(("ci", "outcomes"), [("true", {"passed": 2}), ("", {"skipped": 2})])
def test_by_default_verdicts_are_kept_off_ci_only(pytester, chain, monkeypatch, ci, outcomes):
    monkeypatch.delenv("MIGRATIONS_VERDICTS")
    monkeypatch.setenv("CI", ci)
    run(pytester, chain, *LINT).assert_outcomes(passed=2)
    again = run(pytester, chain, *LINT)
    again.assert_outcomes(**outcomes)
    header = "every check runs (CI is set)" if ci else "a check that passed on the same inputs"
    again.stdout.fnmatch_lines([f"verdicts: {header}*"])


def test_an_edited_conftest_runs_every_check_again(pytester, chain):
    pytester.makeconftest("# the project's code\n")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)
    pytester.makeconftest("# the project's code, edited\n")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)


PROVIDER = '''
from pathlib import Path

import pytest

from edi_migrations.harness.connect import connect


@pytest.fixture
def edi_migrations_start_database(edi_migrations_schema_starts, tmp_path):
    """The schema's starts, with a notebook titled from a data file (not code)."""
    def build(start):
        if start.version == 0:
            (tmp_path / "fresh.db").touch()
            return tmp_path / "fresh.db"
        path = edi_migrations_schema_starts.copy(start.version, tmp_path / f"v{start.version}.db")
        title = (Path(__file__).parent / "title.txt").read_text()
        conn = connect(str(path))
        with conn:
            conn.execute('INSERT INTO "note books" (title) VALUES (?)', (title,))
        conn.close()
        return path
    return build
'''


def test_a_start_provider_giving_other_bytes_runs_its_checks_again(pytester, chain):
    """A project's own start provider is keyed by the bytes it gives, not by its code:
    a data file it reads changed, so every start but the empty file changed."""
    pytester.makeconftest(PROVIDER)
    (pytester.path / "title.txt").write_text("first")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(skipped=2)
    (pytester.path / "title.txt").write_text("second")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=1, skipped=1)


def test_the_environment_sets_the_default_and_the_option_wins(pytester, chain, monkeypatch):
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("MIGRATIONS_VERDICTS", "reuse")
    run(pytester, chain, *LINT).assert_outcomes(passed=2)
    run(pytester, chain, *LINT).assert_outcomes(skipped=2)
    run(pytester, chain, "--verdicts=run", *LINT).assert_outcomes(passed=2)


def test_an_environment_value_that_is_no_choice_stops_the_run(pytester, chain, monkeypatch):
    monkeypatch.setenv("MIGRATIONS_VERDICTS", "sometimes")
    result = run(pytester, chain, *LINT)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*MIGRATIONS_VERDICTS=sometimes: expected one of auto, reuse, run*"]
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"edi_migrations_upgrade_path": UpgradePath(Start(1, "wal"), (2, 3))},
            (3, Start(1, "wal")),
        ),
        ({"edi_migrations_rerun": (2, 5)}, (5, Start(5))),
        ({"edi_migrations_step": 1}, (1, Start(0))),
        ({"edi_migrations_app_step": 4}, (4, Start(3))),
        ({"edi_migrations_covered_version": 2}, (2, Start(2))),
        ({"edi_migrations_schema_version": 2}, None),  # a snapshot: syrupy judges it
    ],
)
def test_a_check_reaches_its_highest_version_from_its_start(params, expected):
    assert reach_and_start(params) == expected


HELPER_IMPORT = """
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "migrations"))
import _naming  # noqa: E402  (a helper module beside the migrations)
"""


def test_an_edited_helper_module_beside_the_migrations_runs_every_check_again(pytester, chain):
    (chain / "_naming.py").write_text("PREFIX = 'a'\n")
    pytester.makeconftest(HELPER_IMPORT)
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)
    (chain / "_naming.py").write_text("PREFIX = 'b'\n")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)


OWN_TEST = '''
from edi_migrations.harness.paths import Start


def test_migration_passes_the_lint(edi_migrations_step, edi_migrations_start_database):
    """The project's own test, named as a built-in check: its inputs are its own."""
    assert edi_migrations_start_database(Start(edi_migrations_step - 1)).exists()
'''


def test_a_projects_own_test_named_as_a_check_never_keeps_a_verdict(pytester, chain):
    pytester.makepyfile(test_own=OWN_TEST)
    own = ("-k", "test_own", "--upgrade-path", "v6->v7")
    run(pytester, chain, "--verdicts=reuse", *own).assert_outcomes(passed=1)
    run(pytester, chain, "--verdicts=reuse", *own).assert_outcomes(passed=1)


def test_an_edited_data_file_beside_the_migrations_runs_every_check_again(pytester, chain):
    """A migration may read a file of its folder (seed rows, a lookup table)."""
    (chain / "data").mkdir()
    (chain / "data" / "titles.txt").write_text("inbox\n")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(skipped=2)
    (chain / "data" / "titles.txt").write_text("inbox\narchive\n")
    run(pytester, chain, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)


def test_a_snapshot_update_leaves_the_checks_their_verdicts(pytester, first_lint, linted):
    """The schema snapshots sit in the migrations folder; the checks kept never read them."""
    first_lint.assert_outcomes(passed=2)
    snapshots = ("-k", "test_schema_snapshot", "--snapshot-update")
    run(pytester, linted, "--verdicts=reuse", *snapshots).assert_outcomes(passed=7)
    run(pytester, linted, "--verdicts=reuse", *LINT).assert_outcomes(skipped=2)


def test_an_unreadable_kept_verdict_is_no_verdict(pytester, first_lint, linted):
    """A cache file cut short or written by something else: the check runs again."""
    first_lint.assert_outcomes(passed=2)
    kept = list((pytester.path / ".pytest_cache" / "d" / "edi-migrations-verdicts").glob("*/*"))
    assert len(kept) == 2
    for path in kept:
        path.write_bytes(b"not a verdict")
    run(pytester, linted, "--verdicts=reuse", *LINT).assert_outcomes(passed=2)
    run(pytester, linted, "--verdicts=reuse", *LINT).assert_outcomes(skipped=2)  # kept anew
