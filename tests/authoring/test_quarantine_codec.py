"""One quarantine row codec: what 0003 writes into orphaned_rows, the harness reads back.

0003 keeps its own copy of the encoder (editing a shipped migration changes its
checksum, and the runner then refuses every database that applied it), so this spec
pins the codec byte-compatible with it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import edi_migrations
from edi_migrations.quarantine import decode_row, encode_row

ROWS = [
    (["id", "n"], (7, 7.0)),
    (["text"], ("naïve 🌅 \"quoted\"",)),
    (["none", "empty"], (None, "")),
    (["blob", "empty_blob"], (b"\x00\xff\x10", b"")),
    (["big", "negative"], (2**63 - 1, -0.5)),
]


def shipped_0003():
    folder = Path(edi_migrations.__file__).parent / "versions"
    path = next(folder.glob("0003_*.py"))
    spec = importlib.util.spec_from_file_location("shipped_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("names", "values"), ROWS)
def test_the_codec_writes_exactly_the_text_0003_writes(names, values):
    assert encode_row(names, values) == shipped_0003().encode_row(names, values)


@pytest.mark.parametrize(("names", "values"), ROWS)
def test_a_row_decodes_to_the_same_values_and_storage_classes(names, values):
    decoded = decode_row(encode_row(names, values))
    assert list(decoded) == names
    assert [(type(v), v) for v in decoded.values()] == [(type(v), v) for v in values]


@pytest.mark.parametrize(("names", "values"), ROWS)
def test_what_0003_wrote_decodes_as_0003_itself_decodes_it(names, values):
    text = shipped_0003().encode_row(names, values)
    assert decode_row(text) == shipped_0003().decode_row(text)


def test_a_nan_is_refused_rather_than_written_as_text_json_cannot_read():
    with pytest.raises(ValueError):
        encode_row(["x"], (float("nan"),))
