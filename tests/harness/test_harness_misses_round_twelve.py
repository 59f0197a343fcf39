"""Red team, round twelve: the session's new features attacked, each finding a broken
twin beside its sound control, on small chains that are not EDI's.

1. A stamp's ``where=`` naming a column an earlier step of a jump adds (and the stamping
   step drops or resets) was read over the start ("no such column") or the end (no row
   selected): a sound stamp failed. It is read just before its migration now, as a
   ``DeleteRows`` condition is.
2. A stamp's ``where=`` naming a column a later step renames was read over the start
   under the end's names ("no such column"): it is read under the names it was written with.
3. A kept verdict was reused after a variable changed that a migration reads by a name
   bound to a string (``os.environ.get(PURGE)``), by ``"X" in os.environ``, or on a copy
   (``env = dict(os.environ)``): those are inputs of the key now.
4. A connect setting ``PRAGMA page_size`` before turning WAL on was stopped as one that
   writes (its empty file was compared with a 4 KiB twin); a connect creating a table
   still is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.collating_app import write_chain
from tests.harness.test_harness_misses_round_eleven import DRAFTS, own_cache
from tests.harness.test_harness_wal_connect import DUE_DATES, app_module, assert_green
from tests.harness.test_harness_wal_connect import run as run_wal
from tests.harness_projects import add_migration, first_migration, run_matrix
from tests.newcomer_chains import two_steps

ITEMS = '''"""Items, each with when it was modified."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT, modified TEXT)")


def app_writes(conn, ctx):
    rows = [(n, f"item {n}", "2020-01-01 00:00:00") for n in range(1, ctx.rows + 1)]
    conn.executemany("INSERT INTO items (id, title, modified) VALUES (?, ?, ?)", rows)
'''

PENDING = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("items", "pending", expression="CASE WHEN id % 2 = 0 THEN 1 ELSE 0 END"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN pending INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE items SET pending = 1 WHERE id % 2 = 0")
"""

STAMP_PENDING = """
from edi_migrations.changes import Backfill, DropColumn, MigrationTime, Recompute

CHANGES = (
    MigrationTime("items", "modified", where="pending = 1"),
    Backfill("items", "done", expression="pending"),
    THEN_DECLARED,
)


def upgrade(conn):
    conn.execute("ALTER TABLE items ADD COLUMN done INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE items SET modified = CURRENT_TIMESTAMP WHERE STAMPED")
    conn.execute("UPDATE items SET done = 1 WHERE pending = 1")
    conn.execute(THEN)
"""

THEN = {  # what the stamping step does to the column its condition reads, afterwards
    "dropped": ('DropColumn("items", "pending")', '"ALTER TABLE items DROP COLUMN pending"'),
    "reset": ('Recompute("items", "pending", expression="0")', '"UPDATE items SET pending = 0"'),
}


def run_paths(pytester: pytest.Pytester, folder: Path, *chosen: str) -> pytest.RunResult:
    selected = [a for p in chosen for a in ("--upgrade-path", p)]
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", *selected)


@pytest.mark.parametrize("then", sorted(THEN))
@pytest.mark.parametrize("stamped", ["pending = 1", "1"], ids=["declared", "every-row"])
def test_a_stamp_condition_on_a_column_an_earlier_step_adds_is_read_before_its_step(
    pytester, stamped, then
):
    """v2 marks the even items pending, v3 stamps them and drops (or resets) the mark: on
    the jump v1->v3 the condition reads what v3 found, not the start (no column) or the
    end (no row pending)."""
    declared, statement = THEN[then]
    body = STAMP_PENDING.replace("THEN_DECLARED", declared).replace("THEN)", f"{statement})")
    folder = first_migration(pytester, ITEMS, name="items")
    add_migration(folder, "pending", PENDING)
    add_migration(folder, "stamp", body.replace("STAMPED", stamped))
    result = run_paths(pytester, folder, "v2->v3", "v1->v3")
    # the broken twin: the odd rows, which v3 did not find pending, named; not the even
    stamps_every_row(result, stamped == "1", 2, "*items.modified rowid 3: before*")


STAMP_SOME = """
from edi_migrations.changes import MigrationTime

CHANGES = (MigrationTime("items", "modified", where="title LIKE '%2'"),)


def upgrade(conn):
    conn.execute("UPDATE items SET modified = CURRENT_TIMESTAMP WHERE STAMPED")
"""

RENAME_TITLE = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("items", "title", "name"),)


def upgrade(conn):
    conn.execute("ALTER TABLE items RENAME COLUMN title TO name")
"""


@pytest.mark.parametrize("stamped", ["title LIKE '%2'", "1"], ids=["declared", "every-row"])
def test_a_stamp_condition_naming_a_column_renamed_later_reads_it_by_its_old_name(
    pytester, stamped
):
    """v3 renames the column v2's condition names: over the path's start, seen under the
    end's names, ``title`` was "no such column"."""
    folder = first_migration(pytester, ITEMS, name="items")
    add_migration(folder, "stamp", STAMP_SOME.replace("STAMPED", stamped))
    add_migration(folder, "rename", RENAME_TITLE)
    result = run_paths(pytester, folder, "v1->v2", "v1->v3", "v1=>v3")
    stamps_every_row(result, stamped == "1", 3)


def stamps_every_row(result: pytest.RunResult, broken: bool, paths: int, *more: str) -> None:
    """Every path passes, or (``broken``: every row stamped) fails naming row 1 on v1->v3."""
    if not broken:
        result.assert_outcomes(passed=paths)
        return
    result.assert_outcomes(failed=paths)
    lines = ["*upgrade path v1->v3 broke invariant 'data kept'*"]
    lines.append("*items.modified rowid 1: before text '2020-01-01 00:00:00'*")
    result.stdout.fnmatch_lines([*lines, *more])


PURGES_ON_A_SETTING = """
import os

PURGE = "PURGE_DRAFTS"


def upgrade(conn):
    conn.execute("CREATE INDEX ix_note_draft ON note (draft)")
    env = dict(os.environ)
    if READ:  # a deployment's setting
        conn.execute("DELETE FROM note")
"""

READS = {
    "by-a-module-constant": 'os.environ.get(PURGE) == "1"',
    "by-membership": '"PURGE_DRAFTS" in os.environ',
    "on-a-copy": 'env.get("PURGE_DRAFTS") == "1"',
}


@pytest.mark.parametrize("read", sorted(READS))
@pytest.mark.parametrize("purge", [None, "1"], ids=["same-setting", "purging"])
def test_a_kept_verdict_follows_a_variable_read_by_a_name_membership_or_copy(
    pytester, monkeypatch, purge, read
):
    """Round eleven keyed verdicts by the variables a migration names by a string; a name
    bound to one, ``"X" in os.environ`` and a copy of the environment were not seen, and
    a verdict kept with the setting off was reused with it on."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("MIGRATIONS_VERDICTS", raising=False)
    monkeypatch.delenv("PURGE_DRAFTS", raising=False)
    folder = two_steps(pytester, DRAFTS, PURGES_ON_A_SETTING.replace("READ", READS[read]))
    own_cache(pytester, folder).assert_outcomes(passed=1)
    if purge is not None:
        monkeypatch.setenv("PURGE_DRAFTS", purge)
    again = own_cache(pytester, folder)
    if purge is None:
        again.assert_outcomes(skipped=1)  # its verdict kept
        return
    again.assert_outcomes(failed=1)
    again.stdout.fnmatch_lines(["*broke invariant 'data kept'*"])


@pytest.fixture
def wal_chain(pytester: pytest.Pytester) -> Path:
    """The collating app's chain, its ``connect`` setting naming ``appdb:connect``."""
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "appdb:connect"\n')
    folder = write_chain(pytester.path / "migrations")
    add_migration(folder, "due_dates", DUE_DATES)
    return folder


PAGE_SIZE_THEN_WAL = (
    '    conn.execute("PRAGMA page_size = 8192")\n'
    '    conn.execute("PRAGMA journal_mode = WAL")\n'
    "    conn.create_collation("
)
TABLE_AFTER = (
    '    conn.execute("CREATE TABLE IF NOT EXISTS app_log (at TEXT)")\n' + PAGE_SIZE_THEN_WAL
)


@pytest.mark.parametrize("line", [PAGE_SIZE_THEN_WAL, TABLE_AFTER], ids=["sets", "writes"])
def test_a_connect_setting_the_page_size_before_wal_is_a_setting_not_a_write(
    pytester, wal_chain, line
):
    """``PRAGMA page_size = 8192`` then WAL lays an empty file out in 8 KiB pages: the
    probe compared it with a 4 KiB twin and stopped the run as a connect that writes."""
    app_module(pytester.path, line)
    selected = ("-k", "test_upgrade_path or test_failed_migration", "--upgrade-path", "*->v3")
    result = run_wal(pytester, wal_chain, "-p", "no:xdist", *selected)
    if line is PAGE_SIZE_THEN_WAL:
        assert_green(result)
        return
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*the app's connect appdb:connect writes to the database*"])
