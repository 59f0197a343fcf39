"""Long row streams go on in a forked child: the same flush units, in the same order,
and the generator's errors still reach the writer."""

from __future__ import annotations

import pytest

from fixtures.app_columns import columns_at
from fixtures.row_pipe import flush_units, units
from fixtures.session_rows import generate_rows

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
    piped = list(units(generate_rows(3, 300), TABLES, batch=100, fork_after=fork_after))
    assert piped == here


def broken_rows():
    yield from generate_rows(3, 50)
    raise ValueError("session 51 could not be made")


def test_an_error_in_the_childs_generator_reaches_the_writer():
    with pytest.raises(ValueError, match="session 51 could not be made"):
        list(units(broken_rows(), TABLES, batch=20, fork_after=1))


def test_a_writer_that_stops_early_takes_its_child_down():
    piped = units(generate_rows(3, 10**6), TABLES, batch=50, fork_after=1)
    next(piped), next(piped)  # the second unit already comes from the child
    piped.close()  # kills and reaps it: a million sessions are never made
