"""Two JSON documents kept as TEXT, their differences named by JSON path (``data kept``'s
evidence for a JSON-valued column); anything that is not two documents is not judged."""

from __future__ import annotations

import pytest

from edi_migrations.harness.invariants.json_paths import json_change

DOC = '{"prefs": {"theme": "dark", "font": "serif"}, "tags": [1, 2], "name": "ann"}'


def text(value: str) -> tuple[str, str]:
    return ("text", value)


@pytest.mark.parametrize(
    ("after", "said"),
    [
        (DOC.replace('"theme": "dark", ', ""), 'JSON $.prefs.theme removed (was "dark")'),
        (DOC.replace('"dark"', '"light"'), 'JSON $.prefs.theme changed ("dark" -> "light")'),
        (DOC.replace("[1, 2]", "[1, 2, 3]"), "JSON $.tags[2] added (3)"),
        (DOC.replace("[1, 2]", "[1]"), "JSON $.tags[1] removed (was 2)"),
        (DOC.replace("[1, 2]", '[1, "2"]'), 'JSON $.tags[1] changed (2 -> "2")'),
        (DOC.replace("[1, 2]", "[1, 2.0]"), "JSON $.tags[1] changed (2 -> 2.0)"),
        (
            DOC.replace('"name"', '"full name"'),
            'JSON $.name removed (was "ann"); $."full name" added ("ann")',
        ),
    ],
    ids=["removed", "changed", "added", "item-removed", "retyped", "to-real", "renamed"],
)
def test_each_difference_is_named_by_its_path(after, said):
    assert json_change(text(DOC), text(after)) == said


def test_past_three_paths_the_rest_are_counted():
    after = '{"prefs": {}, "tags": [], "name": "ann"}'
    assert json_change(text(DOC), text(after)) == (
        'JSON $.prefs.theme removed (was "dark"); $.prefs.font removed (was "serif"); '
        "$.tags[0] removed (was 1) (and 1 more)"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (text(DOC), text(DOC.replace(", ", ","))),  # the same document, spelt otherwise
        (text("plain words"), text("other words")),
        (text('"a JSON string"'), text('"another"')),  # a scalar is no document
        (text(DOC), text("{not json")),
        (text(DOC), ("blob", DOC.encode())),
        (("integer", 1), ("integer", 2)),
    ],
    ids=["same-document", "not-json", "scalar", "unparsable", "blob", "integer"],
)
def test_only_two_differing_documents_are_judged(before, after):
    assert json_change(before, after) is None
