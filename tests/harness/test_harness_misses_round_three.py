"""Round three of the red team on kept verdicts (harness/verdicts.py): each spec is a
kept verdict that should have been run again (a silent miss), shown on the example
app's chain (not EDI's) as a newcomer works: the matrix green, one change, run again
without ``--verdicts=run``. Each broken twin must fail or run again; its control keeps
its verdict or passes. The last spec guards what was found sound (a first DEFAULT
declared in another case)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.harness.test_harness_default_changed_after_added import NOTES
from tests.harness.test_harness_misses_round_two import ADDED, DARKER
from tests.harness.test_kept_verdicts import run as kept_verdicts_run
from tests.harness.test_plugin_configuration import DELETES_THE_MARKER
from tests.harness_projects import add_migration, copy_example_chain, run_matrix
from tests.newcomer_chains import two_steps

STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
LINT = ("-k", "test_migration_passes_the_lint", "--upgrade-path", "v0->v1")
# two bodies of one size: the second loses rows nobody declared
HARMLESS = 'def upgrade(conn):\n    conn.execute("SELECT count(*) FROM notes WHERE id % 2 = 0")\n'
DELETES = 'def upgrade(conn):\n    conn.execute("DELETE FROM notes          WHERE id % 2 = 0")\n'
LAZY_HELPER = """
def upgrade(conn):
    from notes_tools.statements import TIDY  # imported when the step runs, not before

    conn.execute(TIDY)
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return copy_example_chain(pytester)


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    """The checks on ``folder``, verdicts kept and reused in the project's own cache."""
    return kept_verdicts_run(pytester, folder, "--verdicts=reuse", *args)


def rewrite_keeping_stamp(path: Path, text: str) -> None:
    """New bytes of the same size, the file's times put back as they were."""
    stat = path.stat()
    assert len(text.encode()) == stat.st_size
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_bodies_are_twins_of_one_size():
    assert len(HARMLESS) == len(DELETES)


@pytest.mark.parametrize(("edited", "outcome"), [(HARMLESS, "skipped"), (DELETES, "failed")])
def test_a_migration_edited_keeping_its_mtime_and_size_runs_its_new_bytes(
    pytester, chain, edited, outcome
):
    """Two runs in one process: the second must read the file's bytes again (a stamp
    may stay, the bytes changed) and run them, not bytecode of the first."""
    path = add_migration(chain, "tidy_notes", HARMLESS)
    run(pytester, chain, *STEP).assert_outcomes(passed=1)
    rewrite_keeping_stamp(path, f'"""Added by a harness spec."""\n\n{edited.strip()}\n')
    run(pytester, chain, *STEP).assert_outcomes(**{outcome: 1})


@pytest.mark.parametrize(
    ("edited", "outcome"),
    [("SELECT count(*) FROM notes", "skipped"), ("DELETE FROM notes", "failed")],
)
def test_a_helper_a_migration_imports_as_it_runs_is_an_input(pytester, chain, edited, outcome):
    """A package of the project, imported inside ``upgrade`` (so not yet by the end of
    collection): editing it must run the step again."""
    tools = pytester.mkpydir("notes_tools")
    (tools / "statements.py").write_text("TIDY = 'SELECT count(*) FROM notes'\n")
    pytester.syspathinsert()
    add_migration(chain, "tidy_notes", LAZY_HELPER)
    run(pytester, chain, *STEP).assert_outcomes(passed=1)
    (tools / "statements.py").write_text(f"TIDY = {edited!r}\n")
    run(pytester, chain, *STEP).assert_outcomes(**{outcome: 1})


@pytest.mark.parametrize(("second", "outcome"), [("false", "skipped"), ("true", "passed")])
def test_an_ini_option_given_on_the_command_line_is_an_input(pytester, chain, second, outcome):
    """``-o edi_migrations_app_foreign_keys=...`` changes the starts' rows as the ini
    file's line would: the checks run again."""
    run(pytester, chain, *LINT, "-o", "edi_migrations_app_foreign_keys=false")
    again = run(pytester, chain, *LINT, "-o", f"edi_migrations_app_foreign_keys={second}")
    again.assert_outcomes(**{outcome: 1})


IMPORTS_BESIDE = """
import _tidy  # a helper module beside the migrations


def upgrade(conn):
    conn.execute(_tidy.STATEMENT)
"""


@pytest.mark.parametrize(
    ("edited", "outcome"),
    [("SELECT count(*) FROM notes", "passed"), ("DELETE FROM notes", "failed")],
)
def test_a_helper_beside_the_migrations_edited_between_two_runs_in_one_process(
    pytester, chain, edited, outcome
):
    """Its bytes are in the key, so the step runs again: with the edited helper, not the
    one the migration imported in the first run."""
    (chain / "_tidy.py").write_text("STATEMENT = 'SELECT 1'\n")
    add_migration(chain, "tidy_notes", IMPORTS_BESIDE)
    run(pytester, chain, *STEP).assert_outcomes(passed=1)
    (chain / "_tidy.py").write_text(f"STATEMENT = {edited!r}\n")
    run(pytester, chain, *STEP).assert_outcomes(**{outcome: 1})


@pytest.mark.parametrize(
    ("filled", "copied"),
    [("scheme", "scheme"), ("'light'", "scheme"), ("scheme", "'light'")],
    ids=["sound", "added-filled-with-a-constant", "rebuild-copies-a-constant"],
)
def test_a_first_default_declared_in_another_case(pytester, filled, copied):
    """Round two's first DEFAULT, the declaration spelling table and column as SQLite
    does not store them (``Note``, ``Scheme``): SQLite's names know no case."""
    folder = two_steps(pytester, NOTES, ADDED.replace("FILLED", filled))
    darker = DARKER.replace(
        '"note", "default", column="scheme"', '"Note", "default", column="Scheme"'
    )
    assert '"Note"' in darker
    add_migration(folder, "darker", darker.replace("COPIED", copied))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")
    result.assert_outcomes(**({"passed": 1} if filled == copied else {"failed": 1}))


WRITES_FROM_A_MODULE = """
import pytest

from app_rows import TITLE  # the project's own module: what its app writes


@pytest.fixture(scope="session")
def edi_migrations_app_writes():
    def writes(conn, ctx):
        conn.execute('INSERT INTO "note books" (title) VALUES (?)', (TITLE,))

    return writes
"""


@pytest.mark.parametrize(("title", "outcome"), [("inbox", "skipped"), ("marker", "failed")])
def test_a_module_the_app_writes_call_is_an_input_of_the_starts(pytester, chain, title, outcome):
    """The starts are built from what ``app_writes`` writes, whatever module it takes
    that from: an edit there builds them again, the step runs on the new rows."""
    pytester.makepyfile(app_rows="TITLE = 'inbox'\n")
    pytester.makeconftest(WRITES_FROM_A_MODULE)
    pytester.syspathinsert()
    add_migration(chain, "delete_the_marker", DELETES_THE_MARKER)
    steps = ("-k", "test_upgrade_path", "--upgrade-path", "v3->v8")
    run(pytester, chain, *steps).assert_outcomes(passed=1)
    pytester.makepyfile(app_rows=f"TITLE = {title!r}\n")
    run(pytester, chain, *steps).assert_outcomes(**{outcome: 1})
