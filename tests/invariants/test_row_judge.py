"""The row judge's quick equality is ``value_key``'s, exactly: the sign of a zero, a NaN,
an integer beside an equal REAL and every storage class are told apart as before."""

from __future__ import annotations

import itertools

from edi_migrations.harness.invariants.row_judge import same_key
from edi_migrations.harness.invariants.values import value_key

NAN = float("nan")
VALUES = [
    ("null", None),
    ("integer", 0),
    ("integer", 1),
    ("integer", True),
    ("real", 0.0),
    ("real", -0.0),
    ("real", 1.0),
    ("real", 1),
    ("real", NAN),
    ("real", float("nan")),
    ("real", 5e-324),
    ("text", ""),
    ("text", "1"),
    ("text", "\udcff"),
    ("blob", b""),
    ("blob", b"1"),
]


def test_same_key_agrees_with_value_key_on_every_pair():
    for a, b in itertools.product(VALUES, repeat=2):
        assert same_key(a, b) == (value_key(a) == value_key(b)), (a, b)
