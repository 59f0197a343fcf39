"""The integrity check split per table on parallel connections catches what the whole
check catches: each kind of corruption on a real file, and no false alarm on sound ones.

A partial ``integrity_check(T)`` skips the free list (but for ``sqlite_schema``), the
"page never used" and "page used twice" checks; the split plan adds ``sqlite_schema``
and a page census for them. The plan itself is built apart and table-tested.
"""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import upgrade
from edi_migrations.errors import CorruptDatabase
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.integrity import plan as ip
from edi_migrations.integrity.check import INLINE_BELOW_BYTES, MAX_WORKERS, ParallelCheck
from edi_migrations.integrity.gate import integrity_gate
from edi_migrations.sqlite.dbapi import sqlite3
from tests.corrupt_files import CORRUPTIONS, SOUND, page_never_used, sound_database

NEW = ip.Features(sqlite_version=(3, 40, 1))


def whole_check(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def split_check(path: Path, workers: int = 2) -> None:
    with integrity_gate(path, workers=workers) as gate:
        gate.before_first_write()


# --- the plan ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("features", "split"),
    [
        (NEW, True),
        (ip.Features(sqlite_version=(3, 33, 0)), True),
        (ip.Features(sqlite_version=(3, 32, 3)), False),
        (ip.Features(sqlite_version=(3, 40, 1), auto_vacuum=1), False),
        (ip.Features(sqlite_version=(3, 40, 1), journal_mode="WAL"), False),
        (ip.Features(sqlite_version=(3, 40, 1), dbstat=False), False),
        (ip.Features(sqlite_version=(3, 40, 1), json=False), False),
    ],
)
def test_the_check_is_split_only_where_sqlite_and_the_file_allow_it(features, split):
    checks = ip.plan([("notes", 10)], features, pages=5)
    if split:
        assert {c.sql for c in checks} == {
            'PRAGMA main.integrity_check("notes")',
            'PRAGMA main.integrity_check("sqlite_schema")',
            ip.PAGE_CENSUS,
        }
    else:
        assert checks == (ip.Check("PRAGMA main.integrity_check(5)"),)


def test_the_largest_tables_are_checked_first():
    checks = ip.plan([("small", 3), ("large", 900), ("middle", 40)], NEW, pages=20)
    assert [c.sql for c in checks] == [
        'PRAGMA main.integrity_check("large")',
        'PRAGMA main.integrity_check("middle")',
        ip.PAGE_CENSUS,
        'PRAGMA main.integrity_check("small")',
        'PRAGMA main.integrity_check("sqlite_schema")',
    ]


def test_a_table_name_is_quoted_in_its_check():
    assert ip.table_check('odd "name"') == 'PRAGMA main.integrity_check("odd ""name""")'


def census(**changes) -> ip.Census:
    sound = {"page_count": 60, "page_size": 4096, "free": 10, "in_trees": 50, "distinct": 50}
    return ip.Census(**{**sound, "free_in_trees": 0, **changes})


LOCK_PAGE = ip.PENDING_BYTE // 4096 + 1


@pytest.mark.parametrize(
    ("found", "problems"),
    [
        (census(), []),
        (census(page_count=LOCK_PAGE + 9, distinct=LOCK_PAGE - 2, in_trees=LOCK_PAGE - 2), []),
        (census(page_count=61), ["page census: 1 of 61 pages never used"]),
        (census(in_trees=51), ["page census: 1 page(s) in two b-trees"]),
        (
            census(free_in_trees=1),
            [
                "page census: 1 free-list page(s) also in a b-tree",
                "page census: 1 of 60 pages never used",
            ],
        ),
        (
            census(free=11),
            ["page census: 1 page(s) more in b-trees and the free list than the 60 of the file"],
        ),
    ],
    ids=["sound", "lock-byte page", "unused", "twice", "free and used", "too many"],
)
def test_the_page_census_reports_what_the_whole_checks_page_map_would(found, problems):
    assert ip.census_problems(found) == problems


def test_the_free_list_is_read_from_its_trunk_and_leaf_pages():
    trunks = {
        5: (9).to_bytes(4, "big") + (2).to_bytes(4, "big") + bytes([0, 0, 0, 6, 0, 0, 0, 7]),
        9: bytes(4) + (1).to_bytes(4, "big") + (8).to_bytes(4, "big"),
    }
    page_one = bytes(32) + (5).to_bytes(4, "big") + (5).to_bytes(4, "big")
    assert ip.free_list_pages(page_one, trunks.__getitem__, page_count=10) == [5, 6, 7, 9, 8]


def test_a_free_list_that_loops_is_read_once_round():
    looping = {5: (5).to_bytes(4, "big") + bytes(4)}
    page_one = bytes(32) + (5).to_bytes(4, "big") + (1).to_bytes(4, "big")
    assert ip.free_list_pages(page_one, looping.__getitem__, page_count=10) == [5]


# --- real files ----------------------------------------------------------------------


@pytest.mark.parametrize("make", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_each_kind_of_corruption_fails_the_whole_check_and_the_split_one(tmp_path, make):
    db = make(tmp_path / "broken.db")
    assert whole_check(db) != ["ok"]
    with pytest.raises(CorruptDatabase):
        split_check(db)


@pytest.mark.parametrize("make", SOUND.values(), ids=SOUND.keys())
def test_a_sound_file_passes_the_whole_check_and_the_split_one(tmp_path, make):
    db = make(tmp_path / "sound.db")
    assert whole_check(db) == ["ok"]
    split_check(db)


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_the_verdict_is_the_same_on_any_number_of_connections(tmp_path, workers):
    db = CORRUPTIONS["index entry missing"](tmp_path / "broken.db")
    with pytest.raises(CorruptDatabase) as caught:
        split_check(db, workers)
    assert "row 1 missing from index notes_kind" in caught.value.detail


def test_an_unused_page_is_named_as_never_used(tmp_path):
    db = page_never_used(tmp_path / "broken.db")
    with pytest.raises(CorruptDatabase, match="never used"):
        split_check(db)


@pytest.mark.parametrize("make", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_upgrade_refuses_each_kind_and_leaves_the_file_as_it_was(tmp_path, make):
    db = make(tmp_path / "broken.db")
    before = file_bytes(db)
    with pytest.raises(CorruptDatabase):
        upgrade(db, backup_dir=tmp_path)
    assert file_bytes(db) == before
    assert not list(tmp_path.glob("*.backup"))


def test_a_sound_edi_database_passes_the_split_check(v1_db):
    split_check(v1_db)


# --- where the check runs --------------------------------------------------------------


def test_a_small_database_is_checked_in_the_calling_thread_before_start_returns(tmp_path):
    """Starting threads and connections costs more than checking a few pages: a database
    below INLINE_BELOW_BYTES is checked at once, its verdict ready when start returns."""
    db = CORRUPTIONS["index entry missing"](tmp_path / "broken.db")
    assert db.stat().st_size < INLINE_BELOW_BYTES
    check = ParallelCheck(db, timeout=1.0)
    check.start()
    try:
        assert check.threads == [] and not check.alive()
        assert isinstance(check.failure(), CorruptDatabase)
    finally:
        check.close()


def test_a_small_database_is_checked_by_the_whole_check_in_one_statement(tmp_path):
    """On one connection the split plan only adds work (a check per table, then a census
    of every page the table checks read again: about twice the whole check's CPU on the
    inner loop's start files): a small file gets SQLite's whole-database check itself."""
    db = sound_database(tmp_path / "sound.db", free_pages=True)
    check = ParallelCheck(db, timeout=1.0)
    ran: list[str] = []
    check.connections[0].set_trace_callback(ran.append)
    try:
        check.start()
        assert check.failure() is None
    finally:
        check.close()
    assert [s for s in ran if "integrity_check" in s or "dbstat" in s] == [ip.WHOLE_CHECK]


@pytest.mark.parametrize("make", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_each_kind_of_corruption_fails_a_small_databases_check(tmp_path, make):
    db = make(tmp_path / "broken.db")
    assert db.stat().st_size < INLINE_BELOW_BYTES
    check = ParallelCheck(db, timeout=1.0)
    try:
        check.start()
        assert check.threads == [] and isinstance(check.failure(), CorruptDatabase)
    finally:
        check.close()


def test_a_database_past_the_inline_size_is_checked_on_parallel_connections(tmp_path):
    db = tmp_path / "large.db"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)")
        blobs = INLINE_BELOW_BYTES // 65536 + 8  # just past the inline size
        conn.executemany("INSERT INTO blobs (data) VALUES (randomblob(65536))", [()] * blobs)
    assert db.stat().st_size > INLINE_BELOW_BYTES
    check = ParallelCheck(db, timeout=1.0)
    check.start()
    try:
        assert len(check.threads) == min(MAX_WORKERS, os.cpu_count() or 1)
        check.join()
        assert check.failure() is None
    finally:
        check.close()


def test_a_corrupt_small_database_is_refused_by_upgrade_as_a_large_one_is(tmp_path):
    db = CORRUPTIONS["index entry missing"](tmp_path / "broken.db")
    with pytest.raises(CorruptDatabase, match="row 1 missing from index notes_kind"):
        upgrade(db, backup_dir=tmp_path)


def test_a_small_database_another_connection_locks_is_waited_for_beside_the_run(tmp_path):
    """Checked at once, a locked file would make the run wait its busy timeout twice (the
    check's read, then the write lock): the check then waits in a thread, as a large one."""
    db = CORRUPTIONS["index entry missing"](tmp_path / "locked.db")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    check = ParallelCheck(db, timeout=30.0)
    try:
        check.start()
        assert len(check.threads) == 1 and check.alive()  # waiting for the holder's lock
        holder.execute("ROLLBACK")
        check.join()
        assert isinstance(check.failure(), CorruptDatabase)
    finally:
        holder.close()
        check.close()
