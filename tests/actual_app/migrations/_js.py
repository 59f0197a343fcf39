"""What Actual's JavaScript migrations rely on from the language, in Python: a port that
parsed numbers or JSON another way would migrate other data than upstream does."""

import json
import re

LEADING_INTEGER = re.compile(r"\s*([+-]?[0-9]+)")


def parse_int(value) -> int:
    """``parseInt(value)``, then ``isNaN(amount) ? 0 : amount``: the leading integer of
    the value's text (``'12.5'`` is 12, ``'7 apples'`` 7), 0 where there is none."""
    if value is None:
        return 0  # parseInt(null) reads 'null': NaN
    text = value if isinstance(value, str) else _js_string(value)
    match = LEADING_INTEGER.match(text)
    return int(match[1]) if match else 0


def _js_string(value) -> str:
    """``String(value)`` for what SQLite hands JavaScript: numbers and bytes."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return str(value)


def _refuse(name):
    raise ValueError(f"{name} is not JSON")


def parse_note(text):
    """``JSON.parse(text)``, kept where it is truthy and not ``''`` (else ``None``), as
    upstream's ``parseNote``. JSON only: not Python's ``NaN`` or ``Infinity``."""
    if text is None:
        return None  # JSON.parse(null) is null
    try:
        value = json.loads(text, parse_constant=_refuse)
    except (ValueError, TypeError):
        return None
    if isinstance(value, (dict, list)):
        raise ValueError(f"a note holds JSON {type(value).__name__}: the binding refuses it")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**31:
        value = int(value)  # JavaScript has one number type; the binding stores 2.0 as 2
    return value if value not in (None, "", 0, False) else None
