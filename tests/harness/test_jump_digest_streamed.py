"""The digest a run keeps of a jump (path_cache.remember_jump) is taken table by table: at
a long chain's head a state is every row of many tables, and pickling it whole to hash it
held the whole pickle and its memo at once, a worker's peak. What is held while hashing is
measured with tracemalloc (memory, never time); equal states keep equal digests."""

from __future__ import annotations

import tracemalloc

from tests.harness.test_path_cache import new_run


def state(tables: int, rows: int, text: str = "x") -> tuple[str, dict]:
    return "schema", {
        f"t{t}": (
            ("id", "body"),
            {n: (("integer", n), ("text", f"{text}{n}" * 8)) for n in range(rows)},
        )
        for t in range(tables)
    }


def held_while_digesting(value: tuple[str, dict]) -> int:
    cache = new_run_at_hand()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        cache.remember_jump(("start", 1), value)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def new_run_at_hand():
    import tempfile
    from pathlib import Path

    return new_run(Path(tempfile.mkdtemp(prefix="digest-")))


def test_hashing_a_state_holds_about_one_table_not_the_database():
    one_table = held_while_digesting(state(tables=1, rows=2000))
    assert held_while_digesting(state(tables=30, rows=2000)) < 2 * one_table


def test_equal_states_keep_equal_digests_and_unequal_ones_differ(tmp_path):
    cache = new_run(tmp_path)
    cache.remember_jump("a", state(3, 50))
    cache.remember_jump("b", state(3, 50))
    cache.remember_jump("c", state(3, 50, text="y"))
    cache.remember_jump("d", ("other schema", state(3, 50)[1]))
    assert cache.jumps["a"] == cache.jumps["b"]
    assert len({cache.jumps[k] for k in "acd"}) == 3
    assert cache.unlike_jump("a", state(3, 50), lambda: state(3, 50)) == []
