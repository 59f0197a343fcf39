"""The round trip holds the state at the migration's version while it goes down and up
again, then compares it with the state up again: each is read a table at a time and kept
pickled per table (harness.packed_states), and the comparison unpickles one table of each
side at a time. So what reading and comparing hold beyond the pickles is about the largest
table, not the sum of every table (at a long chain's head, tens of MB of Python rows).
Measured with tracemalloc (memory, never time) on real SQLite files; the comparison's
words are those of the states read whole."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from edi_migrations.harness.dbstate import packed as packed_tables
from edi_migrations.harness.invariants import runs
from edi_migrations.sqlite.dbapi import sqlite3

LARGE = 3000  # rows of the one large table
SMALL = 1000  # rows of each small table
SMALL_TABLES = 12  # together four times the large one


def packed_user_state(path: Path, run_times: frozenset) -> runs.UserState:
    """A user state whose tables are read and pickled one at a time, as round trips hold it."""
    return runs.user_state(path, run_times, hold=packed_tables)


def database(path: Path, small_tables: int, change: str = "") -> Path:
    """One large table and ``small_tables`` smaller ones, each row a few values."""
    with closing(sqlite3.connect(path)) as conn:
        for t, rows in [("big", LARGE), *((f"t{n}", SMALL) for n in range(small_tables))]:
            conn.execute(f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, body TEXT, x REAL)")
            conn.executemany(
                f"INSERT INTO {t} VALUES (?, ?, ?)",
                [(n, f"row {n} of {t}{change}" * 3, n / 7) for n in range(rows)],
            )
        conn.commit()
    return path


def peak_of(operation: Callable[[], object]) -> tuple[object, int]:
    """What ``operation`` returns, and the most memory it held at once (tracemalloc)."""
    tracemalloc.start()
    try:
        done = operation()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return done, peak


def test_a_state_is_read_a_table_at_a_time(tmp_path):
    alone = database(tmp_path / "alone.db", 0)
    many = database(tmp_path / "many.db", SMALL_TABLES)
    _, whole = peak_of(lambda: runs.user_state(many, frozenset(), hold=dict))
    _, one = peak_of(lambda: packed_user_state(alone, frozenset()))
    _, packed = peak_of(lambda: packed_user_state(many, frozenset()))
    assert packed < 2 * one
    assert packed < whole / 2


def test_two_packed_states_are_compared_a_table_at_a_time(tmp_path):
    def compared(small_tables: int) -> int:
        folder = tmp_path / str(small_tables)
        folder.mkdir()
        a = packed_user_state(database(folder / "a.db", small_tables), frozenset())
        b = packed_user_state(database(folder / "b.db", small_tables, "!"), frozenset())
        said, peak = peak_of(lambda: runs.same_user_state(a, b))
        assert said
        return peak

    assert compared(SMALL_TABLES) < 2 * compared(0)


def test_the_comparison_says_what_the_whole_states_say(tmp_path):
    a, b = database(tmp_path / "a.db", 2), database(tmp_path / "b.db", 2, "!")
    whole = runs.same_user_state(runs.user_state(a, frozenset()), runs.user_state(b, frozenset()))
    packed = runs.same_user_state(packed_user_state(a, frozenset()), packed_user_state(b, frozenset()))
    assert packed == whole
    assert whole[0].startswith("table big: ")
