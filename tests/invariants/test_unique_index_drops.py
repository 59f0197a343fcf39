"""A UNIQUE index dropped on purpose is one change with two names: the index gone
(``DropObject``) and its UNIQUE removed (``DropConstraint``). Either declaration covers
both ``objects kept`` and ``constraints kept``; with none, the index's line names both."""

from __future__ import annotations

import pytest

from edi_migrations.harness.invariants.compare import Declared, objects_kept
from edi_migrations.harness.invariants.constraints import constraints_kept
from tests.invariant_support import snapshots_around

START = (
    "CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT, nick TEXT);"
    "CREATE UNIQUE INDEX members_email ON members(email);"
    "CREATE INDEX members_nick ON members(nick);"
)
DROPPED_INDEX = Declared(dropped_objects=frozenset({("index", "members_email")}))
DROPPED_UNIQUE = Declared(dropped_constraints=frozenset({("members", "unique", "email")}))
OTHER_UNIQUE = Declared(dropped_constraints=frozenset({("members", "unique", "nick")}))


def evidence(tmp_path, script: str, declared: Declared) -> list[str]:
    before, after = snapshots_around(tmp_path / "u.db", START, script)
    return objects_kept(before, after, declared) + constraints_kept(before, after, declared)


@pytest.mark.parametrize("declared", [DROPPED_INDEX, DROPPED_UNIQUE], ids=["object", "unique"])
def test_either_declaration_covers_a_dropped_unique_index(tmp_path, declared):
    assert evidence(tmp_path, "DROP INDEX members_email", declared) == []


def test_undeclared_the_index_line_says_its_unique_goes_with_it(tmp_path):
    lines = evidence(tmp_path, "DROP INDEX members_email", Declared())
    assert lines[0] == (
        "index members_email lost, not declared: declare it in CHANGES: "
        'DropObject("index", "members_email") (the UNIQUE on members(email) goes with it; '
        'DropConstraint("members", "unique", column="email") says the same: either covers both)'
    )
    assert len(lines) == 2 and "unique on email removed" in lines[1]


def test_a_unique_declared_on_other_columns_covers_nothing(tmp_path):
    lines = evidence(tmp_path, "DROP INDEX members_email", OTHER_UNIQUE)
    assert [line.split(":")[0] for line in lines] == [
        "index members_email lost, not declared",
        "table members",
    ]


def test_a_plain_index_still_needs_its_drop(tmp_path):
    assert evidence(tmp_path, "DROP INDEX members_nick", DROPPED_UNIQUE) == [
        "index members_nick lost, not declared: declare it in CHANGES: "
        'DropObject("index", "members_nick")'
    ]


def test_a_unique_index_a_rebuild_left_behind_is_covered_by_its_declared_drop(tmp_path):
    rebuild = (
        "CREATE TABLE m2 (id INTEGER PRIMARY KEY, email TEXT, nick TEXT, UNIQUE (nick));"
        "INSERT INTO m2 SELECT * FROM members; DROP TABLE members;"
        "ALTER TABLE m2 RENAME TO members; CREATE INDEX members_nick ON members(nick);"
    )
    assert evidence(tmp_path, rebuild, DROPPED_INDEX) == []
