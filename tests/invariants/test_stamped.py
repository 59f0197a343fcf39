"""A stamp narrowed to some rows or one JSON key (``harness.invariants.stamped``): which
new values it allows, and what two runs compare of a stamped cell."""

from __future__ import annotations

import pytest

from edi_migrations.changes import MigrationTime, RandomValue, source_line
from edi_migrations.harness.dbstate import DatabaseState, TableRows
from edi_migrations.harness.invariants.stamped import Stamped, masked, narrowed, parse_path
from edi_migrations.harness.invariants.stamped_runs import without_stamps
from edi_migrations.schema.model import Schema


def text(raw: str) -> tuple[str, str]:
    return ("text", raw)


def test_a_path_is_read_as_sqlite_spells_it():
    assert parse_path("$.timestamp") == ("timestamp",)
    assert parse_path('$.keys[2]."created at"') == ("keys", 2, "created at")


@pytest.mark.parametrize("bad", ["timestamp", "$", "$.a-b", "$[x]"])
def test_a_path_that_cannot_be_read_is_refused_naming_it(bad):
    with pytest.raises(ValueError, match="json_path"):
        parse_path(bad)


def test_the_old_calls_mean_what_they_meant_and_new_ones_paste_their_narrowing():
    assert not narrowed(MigrationTime("items", "modified"))
    assert not narrowed(RandomValue("settings", "value"))
    stamp = MigrationTime("items", "doc", json_path="$.ts")
    assert narrowed(stamp)
    assert source_line(stamp) == 'MigrationTime("items", "doc", json_path="$.ts")'


def test_only_the_rows_selected_may_change():
    stamp = Stamped(((frozenset({2}), None),))
    assert stamp.allows(2, text("old"), text("new"))
    assert not stamp.allows(1, text("old"), text("new"))


def test_only_the_key_may_change_the_rest_of_the_document_compared():
    stamp = Stamped(((None, ("ts",)),))
    was = text('{"title": "a", "n": 1}')
    assert stamp.allows(1, was, text('{"title":"a","n":1,"ts":99}'))  # added, text rewritten
    assert stamp.allows(1, text('{"ts": 1, "n": 1}'), text('{"ts": 2, "n": 1}'))  # changed
    assert not stamp.allows(1, was, text('{"title":"b","n":1,"ts":99}'))
    assert not stamp.allows(1, was, text('{"title":"a","n":1.0,"ts":99}'))  # 1 is not 1.0
    assert not stamp.allows(1, text('{"ts": 1, "n": 1}'), text('{"n": 1}'))  # removed
    assert not stamp.allows(1, text("not json"), text('{"ts": 1}'))


def test_two_runs_compare_a_stamped_document_without_its_key():
    assert masked(text('{"n":1,"ts":5}'), ("ts",)) == masked(text('{"ts": 6, "n": 1}'), ("ts",))
    assert masked(text("plain"), ("ts",)) == text("plain")


def test_two_runs_leave_out_only_the_rows_the_condition_selects_there():
    rows = {1: (text("api_token"), text("drawn")), 2: (text("language"), text("en"))}
    state = DatabaseState("", {"settings": TableRows(("option", "value"), rows)})
    stamp = RandomValue("settings", "value", where="option = 'api_token'")
    out = without_stamps(state, Schema(), {stamp})
    assert out.tables["settings"].rows[1][1] != text("drawn")
    assert out.tables["settings"].rows[2][1] == text("en")
