"""A warm run reuses what a later start's jump made of its unchanged migrations, kept by
the run before between two steps of its one runner call (harness/jump_prefix.py): the
migration that changed runs for real, no copy is kept after a migration leaving a TEMP
table, and the first version's jumps still run whole, so a migration that breaks only
inside one call is still caught. On the example app's chain
(not EDI's); what is kept is counted by the keys in the store, never timed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edi_migrations.harness.template_store import CACHE_NAME
from tests.harness_projects import add_migration
from tests.shared_runs import SharedRuns

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
JUMPS = ("-k", "test_upgrade_path", "--upgrade-path", "*->v9")
USES_A_TEMP_TABLE = '''
def upgrade(conn):
    conn.execute("CREATE TEMP TABLE scratch (x)")
    conn.execute("INSERT INTO scratch SELECT id FROM notes")
    conn.execute("DROP TABLE scratch")  # leaves the connection as it found it
'''
# gone when the connection closes, but a later step of the same call sees its rows
LEAVES_A_TEMP_TABLE = USES_A_TEMP_TABLE.replace("DROP TABLE scratch", "SELECT 1")
HARMLESS = '''
def upgrade(conn):
    conn.execute("CREATE INDEX idx_notes_created ON notes(created)")
'''
READS_THE_TEMP_TABLE = '''
def upgrade(conn):
    conn.execute("CREATE INDEX idx_notes_created ON notes(created)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS scratch (x)")
    # alone (or on an empty file) scratch is empty; after 0008 in one call it is not
    conn.execute("DELETE FROM notes WHERE id IN (SELECT x FROM scratch)")
'''
BROKEN = '''
def upgrade(conn):
    conn.execute("DELETE FROM notes WHERE id % 2 = 0")  # loses rows nobody declared
'''


def make_chain(pytester: pytest.Pytester, eighth: str = USES_A_TEMP_TABLE) -> Path:
    """The example app's seven migrations, then one using a TEMP table and a harmless
    ninth: the last, which the specs edit."""
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    add_migration(folder, "scratch_table", eighth)
    add_migration(folder, "title_index", HARMLESS)
    return folder


@pytest.fixture
def cold(pytester: pytest.Pytester, shared_runs: SharedRuns) -> pytest.RunResult:
    """The chain's first (cold) run, the same for every spec: run once, each spec's
    project a copy of the project it left (tests/shared_runs.py)."""
    return shared_runs.run_once(
        "cold", pytester.path, lambda: run(pytester, make_chain(pytester))
    )


@pytest.fixture
def chain(pytester: pytest.Pytester, cold: pytest.RunResult) -> Path:
    return pytester.path / "migrations"


def run(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    return pytester.runpytest_inprocess(
        "--migrations-dir", str(folder), "--matrix-sessions", "10", "--migrations-seed", "5",
        *JUMPS,
    )


def kept_jumps(pytester: pytest.Pytester) -> dict[str, int]:
    """The kept jump prefixes in the project's store, with their files' inodes."""
    root = pytester.path / ".pytest_cache" / "d" / CACHE_NAME
    return {p.name: next(p.iterdir()).stat().st_ino for p in root.glob("jumped-*")}


def edit_last(folder: Path, body: str) -> None:
    last = sorted(folder.glob("0009_*.py"))[-1]
    last.write_text(f'"""Edited by a harness spec."""\n\n{body.strip()}\n', encoding="utf-8")


def test_a_cold_run_keeps_a_prefix_for_each_later_starts_jump_only(pytester, chain, cold):
    cold.assert_outcomes(passed=10)  # 8 jumps, the v1 walk, v8's step
    kept = kept_jumps(pytester)
    assert len(kept) == 6  # v2..v7 to v9, each kept at v8; v1 jumps whole, v8 is one step
    assert all("-v8-" in key for key in kept)


def test_a_warm_run_after_editing_the_last_migration_reuses_them(pytester, chain, cold):
    cold.assert_outcomes(passed=10)
    first = kept_jumps(pytester)
    edit_last(chain, HARMLESS + "\n# edited: a new checksum\n")
    run(pytester, chain).assert_outcomes(passed=10)
    assert len(first) == 6 and kept_jumps(pytester) == first  # the same files, read again


def test_a_failure_on_a_reused_prefix_says_so_and_how_to_run_it_whole(pytester, chain, cold):
    cold.assert_outcomes(passed=10)
    edit_last(chain, BROKEN)
    result = run(pytester, chain)
    assert result.ret != 0
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v9 broke invariant 'data kept*",
            "*- kept jump -*",
            "this jump started from v8, as a run before had made it in one runner call with "
            "every migration up to there unchanged since (kept); --cache-clear runs the whole jump",
        ]
    )
    v1 = result.stdout.str().split("test_upgrade_path[v1->v9]")[1].split("test_upgrade_path[")[0]
    assert "broke invariant 'data kept" in v1 and "kept jump" not in v1  # v1 jumped whole


def test_a_migration_that_breaks_only_inside_one_call_still_fails_a_warm_run(pytester):
    chain = make_chain(pytester, LEAVES_A_TEMP_TABLE)
    run(pytester, chain).assert_outcomes(passed=10)
    assert kept_jumps(pytester) == {}  # 0008 leaves its TEMP table: no copy after it is kept
    edit_last(chain, READS_THE_TEMP_TABLE)
    result = run(pytester, chain)
    assert result.ret != 0 and "kept jump" not in result.stdout.str()  # every jump whole
    result.stdout.fnmatch_lines(["*upgrade path v1->v9 broke invariant 'data kept*"])


def test_editing_an_earlier_migration_runs_every_jump_whole_again(pytester, chain, cold):
    cold.assert_outcomes(passed=10)
    first = kept_jumps(pytester)
    eighth = next(chain.glob("0008_*.py"))
    eighth.write_text(eighth.read_text() + "\n# edited: a new checksum\n", encoding="utf-8")
    run(pytester, chain).assert_outcomes(passed=10)
    assert len(set(kept_jumps(pytester)) - set(first)) == 6  # each made whole and kept anew
