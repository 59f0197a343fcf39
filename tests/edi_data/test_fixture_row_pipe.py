"""Long row streams go on in a forked child: the same flush units, in the same order,
and the generator's errors still reach the writer."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from fixtures.edi.app_columns import columns_at
from fixtures.edi.row_pipe import Batches, flush_units, units
from fixtures.edi.session_rows import generate_rows

TABLES = tuple(columns_at(1))


def stream(n: int):
    yield from [("a", [1]), ("b", [2]), ("a", [3]), ("a", [4]), ("b", [5])][:n]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, [[]]),
        (2, [[("a", [[1]]), ("b", [[2]])]]),
        (3, [[("a", [[1], [3]]), ("b", [[2]])], []]),
        (5, [[("a", [[1], [3]]), ("b", [[2]])], [("a", [[4]]), ("b", [[5]])]]),
    ],
)
def test_a_full_batch_flushes_every_table_in_order_and_the_rest_comes_last(n, expected):
    assert list(flush_units(stream(n), ("a", "b"), batch=2)) == expected


@pytest.mark.parametrize("fork_after", [1, 700, 10**9])
def test_the_units_are_the_same_whether_or_not_a_child_makes_them(fork_after):
    here = list(flush_units(generate_rows(3, 300), TABLES, batch=100))
    piped = units(generate_rows(3, 300), TABLES, batch=100, fork_after=fork_after)
    assert [list(unit) for unit in piped] == here


def broken_rows():
    yield from generate_rows(3, 50)
    raise ValueError("session 51 could not be made")


def test_an_error_in_the_childs_generator_reaches_the_writer():
    with pytest.raises(ValueError, match="session 51 could not be made"):
        [list(unit) for unit in units(broken_rows(), TABLES, batch=20, fork_after=1)]


def test_a_writer_that_stops_early_takes_its_child_down():
    piped = units(generate_rows(3, 10**6), TABLES, batch=50, fork_after=1)
    next(piped), next(piped)  # the second unit already comes from the child
    piped.close()  # kills and reaps it: a million sessions are never made


def test_values_marshal_cannot_carry_still_cross_the_pipe_as_they_were():
    odd = [("a", [datetime(2024, 3, 5, 10, 0), Decimal("0.95"), -0.0, b"\x00"])] * 30
    piped = units(iter(odd), ("a",), batch=5, fork_after=1)
    assert [list(unit) for unit in piped] == list(flush_units(iter(odd), ("a",), batch=5))


def test_growing_batches_grow_by_a_quarter_after_each_flush_up_to_the_most():
    rows = [("a", [n]) for n in range(38)]
    sizes = [sum(len(r) for _, r in unit) for unit in flush_units(rows, ("a",), Batches(4, 8))]
    assert sizes == [4, 5, 6, 7, 8, 8, 0]


def test_growing_batches_give_the_same_units_whether_or_not_a_child_makes_them():
    batches = Batches(20, 160)
    here = list(flush_units(generate_rows(3, 300), TABLES, batches))
    piped = units(generate_rows(3, 300), TABLES, batches, fork_after=1)
    assert [list(unit) for unit in piped] == here


@pytest.mark.parametrize(("first", "most"), [(0, 10), (11, 10), (-1, -1)])
def test_batches_refuse_a_first_size_below_one_or_above_the_most(first, most):
    with pytest.raises(ValueError, match=f"batches of {first} to {most} rows"):
        Batches(first, most)


def test_a_long_batch_comes_in_chunks_of_its_tables_rows_in_stream_order():
    rows = [("a", [1]), ("b", [2]), ("a", [3]), ("a", [4]), ("b", [5]), ("a", [6])]
    unit, rest = flush_units(rows, ("a", "b"), batch=4, chunk=2)
    assert unit == [("a", [[1], [3]]), ("a", [[4], [6]]), ("b", [[2], [5]])] and rest == []


def test_chunks_cross_the_pipe_as_they_were_made():
    here = list(flush_units(generate_rows(3, 300), TABLES, batch=400, chunk=30))
    piped = units(generate_rows(3, 300), TABLES, batch=400, fork_after=1, chunk=30)
    assert [list(unit) for unit in piped] == here
