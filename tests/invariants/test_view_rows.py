"""Specs for comparing a view's rows before and after an upgrade (edi_migrations.harness.invariants.view_rows).

A plan change (a new index) may sum a view's REALs in another order: equal within the
tolerance. Anything else is a change: another figure, another storage class (NULL vs
0.0, integer vs real), another non-REAL value.
"""

from __future__ import annotations

from collections import Counter

import pytest

from edi_migrations.harness.invariants.view_rows import (
    cell,
    compare,
    describe,
    reals_close,
    show_row,
)


def row(*values: object) -> tuple:
    """A view row from Python values, each in the storage class SQLite gives it."""
    kinds = {type(None): "null", int: "integer", float: "real", str: "text", bytes: "blob"}
    return tuple(cell(kinds[type(v)], v) for v in values)


def rows(*items: tuple) -> Counter:
    return Counter(items)


LAST_BIT = 0.1 + 0.2  # 0.30000000000000004

EQUAL = {
    "identical rows": ((1, "s1", 0.5), (1, "s1", 0.5)),
    "a REAL differing in its last bit": (("s1", 0.3), ("s1", LAST_BIT)),
    "a REAL a relative 1e-10 away": (("s1", 1234.5), ("s1", 1234.5 * (1 + 1e-10))),
    "two REALs near zero within the absolute floor": (("s1", 1e-17), ("s1", -2e-17)),
    "a zero and a negative zero": (("s1", 0.0), ("s1", -0.0)),
    "NULLs in the same places": (("s1", None, 0.5), ("s1", None, 0.5 + 1e-16)),
    "an overflowed sum on both sides": (("s1", float("inf"), 0.3), ("s1", float("inf"), LAST_BIT)),
}

DIFFERENT = {
    "a REAL a relative 1e-6 away": (("s1", 0.91), ("s1", 0.91 * (1 + 1e-6))),
    "a REAL halved": (("s1", 0.91), ("s1", 0.455)),
    "small REALs beyond the floor": (("s1", 1e-9), ("s1", 2e-9)),
    "NULL against 0.0": (("s1", None), ("s1", 0.0)),
    "an integer against a real": (("s1", 7), ("s1", 7.0)),
    "a text against a blob": (("s1",), (b"s1",)),
    "another non-REAL value": (("s1", 0.5), ("s2", 0.5)),
    "an overflowed sum against the largest REAL": (("s1", 1.79e308), ("s1", float("inf"))),
    "infinities of opposite signs": (("s1", float("-inf")), ("s1", float("inf"))),
}


@pytest.mark.parametrize(("before", "after"), EQUAL.values(), ids=EQUAL.keys())
def test_rows_equal_within_the_tolerance_make_no_difference(before, after):
    assert not compare(rows(row(*before)), rows(row(*after)))


@pytest.mark.parametrize(("before", "after"), DIFFERENT.values(), ids=DIFFERENT.keys())
def test_rows_that_really_differ_are_a_difference(before, after):
    assert compare(rows(row(*before)), rows(row(*after)))


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        (row("s1", 0.3), row("s1", LAST_BIT), True),
        (row("s1", 0.3, 2.0), row("s1", LAST_BIT, 2.5), False),  # every REAL must be close
        (row("s1", 0.3), row("s2", 0.3), False),
        (row("s1", None), row("s1", 0.0), False),
    ],
    ids=["last-bit", "one-real-far", "other-text", "null-vs-zero"],
)
def test_reals_close_needs_equal_non_reals_and_every_real_within_the_tolerance(a, b, close):
    assert reals_close(a, b) is close


def test_a_pairing_that_would_strand_a_row_is_not_taken():
    """A before row close to both after rows must leave the one its neighbour needs
    (a greedy pairing in sorted order would give A the after row B needs)."""
    a, b = row("s", 1.0, 5.0), row("s", 1.0, 5.0 + 7.5e-9)
    x, y = row("s", 1.0, 5.0 + 4.5e-9), row("s", 1.0 + 5e-10, 5.0 - 4.5e-9)
    assert [reals_close(a, x), reals_close(a, y), reals_close(b, x), reals_close(b, y)] == [
        True,
        True,
        True,
        False,
    ]
    assert not compare(rows(a, b), rows(x, y))


def test_repeated_rows_count_each_time():
    before = Counter({row("s1", 0.5): 2})
    after = Counter({row("s1", 0.5 + 1e-16): 1, row("s1", 0.6): 1})
    diff = compare(before, after)
    assert len(diff.changed) == 1
    assert diff.changed[0] == (row("s1", 0.5), row("s1", 0.6))


def test_a_changed_row_is_paired_with_its_new_form_by_the_non_real_values():
    before = rows(row("s1", 0.91, 2), row("s2", 0.4, 3))
    after = rows(row("s2", 0.2, 3), row("s1", 0.455, 2))
    diff = compare(before, after)
    assert sorted(diff.changed) == [
        (row("s1", 0.91, 2), row("s1", 0.455, 2)),
        (row("s2", 0.4, 3), row("s2", 0.2, 3)),
    ]
    assert (diff.gone, diff.new) == ((), ())


def test_a_real_that_became_null_is_shown_side_by_side():
    diff = compare(rows(row("s1", 0.5)), rows(row("s1", None)))
    assert diff.changed == ((row("s1", 0.5), row("s1", None)),)


def test_rows_with_nothing_in_common_are_gone_and_new():
    diff = compare(rows(row("s1", 1, 0.5)), rows(row("s1", 0, 0.5), row("s9", 4, 0.1)))
    assert diff.changed == ()
    assert diff.gone == (row("s1", 1, 0.5),)
    assert sorted(diff.new) == [row("s1", 0, 0.5), row("s9", 4, 0.1)]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (row("s1", 0.91, 3, None), "(text 's1', real 0.91, integer 3, null)"),
        (row(b"\x00\xff"), "(blob x'00ff')"),
        (row("x" * 50), f"(text '{'x' * 39}…)"),
    ],
    ids=["each-class", "blob-as-hex", "long-text-cut"],
)
def test_a_row_is_shown_as_storage_class_and_value(value, shown):
    assert show_row(value) == shown


@pytest.mark.parametrize(
    ("before", "after", "line"),
    [
        (
            rows(row("s1", 0.91), row("s2", 0.5), row("s3", 0.7)),
            rows(row("s1", 0.455), row("s2", 0.25), row("s3", 0.35)),
            "view v: 3 row(s) changed, e.g. before (text 's1', real 0.91) "
            "after (text 's1', real 0.455)",
        ),
        (
            rows(row("s1", 0.91), row("s2", 1)),
            rows(row("s1", 0.455), row("s2", 0), row("s3", 0)),
            "view v: 1 row(s) changed, 1 row(s) gone, 2 new, e.g. before (text 's1', real 0.91) "
            "after (text 's1', real 0.455); gone (text 's2', integer 1); new (text 's2', integer 0)",
        ),
        (
            rows(row("s1", 2)),
            rows(),
            "view v: 1 row(s) gone, 0 new, e.g. gone (text 's1', integer 2)",
        ),
    ],
    ids=["changed", "changed-gone-and-new", "gone"],
)
def test_the_evidence_line_shows_before_and_after_side_by_side(before, after, line):
    assert describe("v", compare(before, after)) == line
