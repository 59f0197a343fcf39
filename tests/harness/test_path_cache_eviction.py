"""A miss makes room before it reads: the start snapshots held in memory never number more
than RECENT_BEFORES, not even while one more is read from the store (at a long chain's
head each is ~10 MB of rows, so the one too many was a worker's peak). Real files; what is
held is counted when the read happens, never timed."""

from __future__ import annotations

from edi_migrations.harness.path_cache import RECENT_BEFORES
from tests.harness.test_path_cache import new_run
from tests.harness.test_path_cache_recent import starts


def test_a_miss_evicts_before_it_reads(tmp_path):
    cache = new_run(tmp_path)
    held_while_reading = []
    for index in range(RECENT_BEFORES + 2):

        def load(index=index):
            held_while_reading.append(len(cache.befores))
            return f"snapshot {index}"

        cache._recent_before(f"key{index}", load)
    assert max(held_while_reading) == RECENT_BEFORES - 1
    assert len(cache.befores) == RECENT_BEFORES


def test_a_hit_evicts_nothing_and_reads_nothing(tmp_path):
    cache = new_run(tmp_path)
    first, second = starts(tmp_path, 2)
    held = cache.before(first)
    cache.before(second)
    assert cache.before(first) is held
    assert len(cache.befores) == min(2, RECENT_BEFORES)
