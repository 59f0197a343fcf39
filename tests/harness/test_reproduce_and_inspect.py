"""A failure can be reproduced and looked at.

The printed ``reproduce with:`` command carries every option that decides the data (the
seed, ``--matrix-rows``, ``--matrix``, ``--sqlite-module``, the migrations folder): run
as printed, it fails again the same way. ``--keep-failed-databases DIR`` keeps a failing
path's start and result databases in DIR and prints their paths. On the example chain
(not EDI's).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations import current_version
from edi_migrations.harness.migration_folders import append_to_function
from tests.harness_projects import add_migration, run_matrix
from tests.support import ROOT

EXAMPLE = ROOT / "tests" / "example_app" / "migrations"
LOSES_A_NOTE = (  # its tags too: a tag left pointing at it is a violation the runner refuses
    'conn.execute("DELETE FROM note_tags WHERE note_id = (SELECT max(id) FROM notes)"); '
    'conn.execute("DELETE FROM notes WHERE id = (SELECT max(id) FROM notes)")'
)
LOSES_A_NOTE_WHEN_MANY = """
def upgrade(conn):
    conn.execute(
        "DELETE FROM notes WHERE id = (SELECT max(id) FROM notes) "
        "AND (SELECT count(*) FROM notes) > 100"
    )
"""


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


def broken_invariant(result: pytest.RunResult) -> str:
    """The failure's header line, read before the short summary: with ``CI`` set, pytest
    repeats each failure's whole message there instead of cutting it to the width."""
    failures = result.stdout.str().split("short test summary info")[0]
    (line,) = [x for x in failures.splitlines() if " broke invariant " in x]
    return line


def printed_command(result: pytest.RunResult) -> list[str]:
    (line,) = re.findall(r"^reproduce with: pytest (.*)$", result.stdout.str(), re.MULTILINE)
    return shlex.split(line)


def test_the_command_carries_the_size_that_made_the_data(pytester, chain):
    """The migration loses a note only from a big table: at the default size the path
    passes (the control), at 200 rows it fails, and so does the printed command."""
    add_migration(chain, "trim_big_notebooks", LOSES_A_NOTE_WHEN_MANY)
    select = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")
    run_matrix(pytester, chain, *select, "--matrix-rows", "60").assert_outcomes(passed=1)
    failed = run_matrix(pytester, chain, *select, "--matrix-rows", "200")
    failed.assert_outcomes(failed=1)
    argv = printed_command(failed)
    assert argv[argv.index("--matrix-rows") + 1] == "200"
    again = pytester.runpytest_inprocess(*argv)
    again.assert_outcomes(failed=1)
    assert broken_invariant(again) == broken_invariant(failed)


def test_the_command_carries_the_full_matrix_a_path_exists_in(pytester, chain):
    """``v4->v6`` is a path of ``--matrix=full`` only: without it nothing would run."""
    append_to_function(chain, 6, "upgrade", LOSES_A_NOTE)
    failed = run_matrix(
        pytester, chain, "--matrix", "full", "-k", "test_upgrade_path", "--upgrade-path", "v4->v6"
    )
    failed.assert_outcomes(failed=1)
    again = pytester.runpytest_inprocess(*printed_command(failed))
    again.assert_outcomes(failed=1)
    assert broken_invariant(again) == broken_invariant(failed)


def test_the_command_carries_the_sqlite_module_the_run_restarted_on(tmp_path):
    """A real subprocess: ``--sqlite-module`` restarts the process."""
    folder = tmp_path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    append_to_function(folder, 7, "upgrade", LOSES_A_NOTE)
    env = {k: v for k, v in os.environ.items() if k != "EDI_SQLITE_MODULE"}
    argv = ["-p", "no:cacheprovider", "--migrations-dir", "migrations", "--matrix-rows", "8"]
    argv += ["--sqlite-module", "sqlean", "-k", "test_upgrade_path", "--upgrade-path", "v6->v7"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("reproduce with: pytest")]
    assert "--sqlite-module sqlean" in line and "--matrix-rows 8" in line, line


def version_and_notes(db: Path, chain: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return current_version(db, chain), conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    finally:
        conn.close()


def test_a_failing_path_keeps_its_start_and_result_databases(pytester, chain):
    append_to_function(chain, 7, "upgrade", LOSES_A_NOTE)
    kept = pytester.path / "kept"
    result = run_matrix(
        pytester, chain, "--keep-failed-databases", "kept", "-k", "test_upgrade_path",
        "--upgrade-path", "v6->v7", "--upgrade-path", "v5->v6",
    )  # fmt: skip
    result.assert_outcomes(passed=1, failed=1)
    folders = list(kept.iterdir())
    assert len(folders) == 1, folders  # the passing path keeps nothing
    start, after = folders[0] / "start.db", folders[0] / "result.db"
    result.stdout.fnmatch_lines(
        ["*databases kept*", f"*start (v6): {start}", f"*result (as the path left it, target v7): {after}"]
    )
    before_version, before_notes = version_and_notes(start, chain)
    after_version, after_notes = version_and_notes(after, chain)
    assert (before_version, after_version) == (6, 7)
    assert after_notes == before_notes - 1 > 0


def test_without_the_option_nothing_is_kept(pytester, chain):
    append_to_function(chain, 7, "upgrade", LOSES_A_NOTE)
    result = run_matrix(pytester, chain, "-k", "test_upgrade_path", "--upgrade-path", "v6->v7")
    result.assert_outcomes(failed=1)
    assert "databases kept" not in result.stdout.str()
