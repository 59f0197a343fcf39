"""The dirty data an app that never validated its input leaves, in every generated table.

Random draws repeat a value on some seeds only; a UNIQUE index a later migration adds must
meet duplicates on every seed. So right after a table's edge sweep, one ordinary row is
the model and the next ``len(SPELLINGS)`` rows copy its values in every column that is not
a key: the exact value, then (for text) the spellings a user types: capitalised, with a
leading space, upper case with a trailing space (``'harbour'``, ``'Harbour'``,
``' harbour'``, ``'HARBOUR '``). Any pair of such columns repeats too. A spelling the
column's CHECK refuses falls back to the exact value.
"""

from __future__ import annotations

from collections.abc import Callable


def _same(text: str) -> str:
    return text


def _capitalised(text: str) -> str:
    return text.capitalize() if text.capitalize() != text else text.title()


def _leading_space(text: str) -> str:
    return " " + text


def _shouted(text: str) -> str:
    return text.upper() + " "


SPELLINGS: tuple[Callable[[str], str], ...] = (_same, _capitalised, _leading_space, _shouted)
MODEL_TRIES = 8  # draws for a model value that is not NULL


def dirty_slot(index: int, sweep: int) -> int | None:
    """For the row at ``index`` of a fill whose edge sweep lasts ``sweep`` rows: -1 for the
    model row, 0.. for the rows copying it, None for any other row."""
    j = index - sweep - 1
    return j if -1 <= j < len(SPELLINGS) else None


def model_value(draw: Callable[[], object]) -> object:
    """An ordinary value that is not NULL where the column can hold one."""
    value = draw()
    for _ in range(MODEL_TRIES):
        if value is not None:
            break
        value = draw()
    return value


def spelled(value: object, j: int, admits: Callable[[object], bool]) -> object:
    """The ``j``-th copy of ``value``: text respelled as a user would, anything else as is."""
    if not isinstance(value, str) or not value.strip():
        return value
    variant = SPELLINGS[j](value)
    return variant if admits(variant) else value
