"""A database's state read a table at a time where a check compares two whole states:
the failed-migration check (its database rolled back, compared with the bytes before,
``tables_on_demand.read_on_demand``) and the upgrade path's one-call jump compared with
its walk (``packed_states.packed_user_state``). What a comparison holds is about the
largest table of each side, not every table. Measured with tracemalloc (memory, never
time) on real SQLite files; the words are those of the states read whole."""

from __future__ import annotations

from edi_migrations.harness.dbstate import state_of
from edi_migrations.harness.invariants import runs
from edi_migrations.harness.packed_states import packed_user_state
from edi_migrations.harness.tables_on_demand import read_on_demand
from tests.harness.test_round_trip_states_packed import SMALL_TABLES, database, peak_of


def compared_on_demand(folder, small_tables: int) -> tuple[list[str], int]:
    folder.mkdir()
    a = database(folder / "a.db", small_tables)
    b = database(folder / "b.db", small_tables, "!")

    def compare() -> list[str]:
        with read_on_demand(a) as was, read_on_demand(b) as now:
            return runs.unchanged_state(was, now, "database changed although it raised")

    return peak_of(compare)  # type: ignore[return-value]


def test_a_rolled_back_database_is_compared_a_table_at_a_time(tmp_path):
    _, one = compared_on_demand(tmp_path / "one", 0)
    _, many = compared_on_demand(tmp_path / "many", SMALL_TABLES)
    assert many < 2 * one


def test_on_demand_says_what_the_whole_states_say(tmp_path):
    said, _ = compared_on_demand(tmp_path / "two", 2)
    a, b = tmp_path / "two" / "a.db", tmp_path / "two" / "b.db"
    assert said == runs.unchanged_state(state_of(a), state_of(b), "database changed although it raised")
    assert said[0] == "database changed although it raised: rows of big, t0, t1"


def test_a_jump_compared_with_its_walk_holds_one_table_of_it(tmp_path):
    walk = runs.user_state(database(tmp_path / "walk.db", SMALL_TABLES, "!"), frozenset())
    jump = database(tmp_path / "jump.db", SMALL_TABLES)
    _, whole = peak_of(lambda: runs.same_user_state(runs.user_state(jump, frozenset()), walk))
    said, packed = peak_of(lambda: runs.same_user_state(packed_user_state(jump, frozenset()), walk))
    assert packed < whole / 2
    assert said == runs.same_user_state(runs.user_state(jump, frozenset()), walk)
