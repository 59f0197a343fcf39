"""A session keeps the last few start snapshots it read in memory: the tests of one start
follow each other, and unpickling a start at a long chain's head (~15 MB) from the store
for each was most of what reading it cost. Only a few are held, so memory stays flat in
the chain's length; a new run holds none. Real files; reads are told apart by identity
(the same object handed out again), never timed."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.harness.path_cache import RECENT_BEFORES, start_file
from tests.harness.test_path_cache import new_run, write_start


def starts(tmp_path: Path, count: int) -> list:
    return [
        start_file(write_start(tmp_path / f"start{i}.db", rows=(i, i + 1))) for i in range(count)
    ]


def test_a_starts_snapshot_is_read_once_per_session(tmp_path):
    cache = new_run(tmp_path)
    (start,) = starts(tmp_path, 1)
    assert cache.before(start) is cache.before(start)


def test_only_the_last_few_are_held_the_oldest_read_again_alike(tmp_path):
    cache = new_run(tmp_path)
    first, *others = starts(tmp_path, RECENT_BEFORES + 1)
    held = cache.before(first)
    for start in others:
        cache.before(start)
    assert len(cache.befores) == RECENT_BEFORES
    again = cache.before(first)
    assert again is not held and again == held


def test_a_recently_used_one_stays(tmp_path):
    cache = new_run(tmp_path)
    first, *others = starts(tmp_path, RECENT_BEFORES + 1)
    held = cache.before(first)
    for start in others:
        assert cache.before(first) is held  # used again: the most recent
        cache.before(start)
    assert cache.before(first) is held


def test_a_new_run_holds_none(tmp_path):
    (start,) = starts(tmp_path, 1)
    read = new_run(tmp_path).before(start)
    again = new_run(tmp_path).before(start)
    assert again is not read and again == read
