"""Additions speak for themselves: what changes no existing data needs no declaration;
what does is evidence naming the declaration to paste."""

from __future__ import annotations

import pytest

from edi_migrations.harness.invariants.hints import COMPUTED_IN_PYTHON
from tests.invariant_support import data_kept_across, table_database

ROWS = [(1, "a", 0.5), (2, "b", 1.5), (3, None, -0.0)]


@pytest.fixture
def db(tmp_path):
    return table_database(
        tmp_path / "t.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL)", ROWS
    )


changed = data_kept_across


@pytest.mark.parametrize(
    "script",
    [
        "ALTER TABLE t ADD COLUMN seed INT",
        "ALTER TABLE t ADD COLUMN seed INT DEFAULT 7",
        "ALTER TABLE t ADD COLUMN seed TEXT NOT NULL DEFAULT 'x'",
        "ALTER TABLE t ADD COLUMN seed REAL DEFAULT -0.0",
        "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT)",
        "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO extra VALUES (1, 'n')",
        "CREATE INDEX ix ON t(name); CREATE VIEW v AS SELECT id FROM t",
    ],
    ids=[
        "null-column",
        "default-column",
        "not-null-default",
        "negative-zero-default",
        "empty-table",
        "table-with-new-rows",
        "index-and-view",
    ],
)
def test_an_addition_that_changes_no_existing_data_needs_no_declaration(db, script):
    assert changed(db, script) == []


def test_a_column_added_and_filled_names_the_backfill_to_paste(db):
    problems = changed(db, "ALTER TABLE t ADD COLUMN seed INT; UPDATE t SET seed = id * 2")
    assert problems == [
        "column t.seed added and filled in 3 existing row(s) (e.g. rowid 1: integer 2), "
        'not declared: declare it in CHANGES: Backfill("t", "seed", expression="...")'
        '; the time the migration ran: MigrationTime("t", "seed")'
        '; a random draw: RandomValue("t", "seed")',
        COMPUTED_IN_PYTHON,
    ]


def test_a_column_filled_with_something_else_than_its_default_is_evidence(db):
    problems = changed(
        db, "ALTER TABLE t ADD COLUMN seed INT DEFAULT 7; UPDATE t SET seed = 8 WHERE id = 2"
    )
    assert problems == [
        "column t.seed added and filled in 1 existing row(s) (e.g. rowid 2: integer 8), "
        'not declared: declare it in CHANGES: Backfill("t", "seed", expression="...")'
        '; the time the migration ran: MigrationTime("t", "seed")'
        '; a random draw: RandomValue("t", "seed")',
        COMPUTED_IN_PYTHON,
    ]


def test_a_dropped_column_names_the_drop_to_paste(db):
    problems = changed(db, "ALTER TABLE t DROP COLUMN score")
    assert problems == [
        'column t.score dropped, not declared: declare it in CHANGES: DropColumn("t", "score")'
    ]


def test_a_dropped_table_names_the_drop_to_paste(db):
    problems = changed(db, "DROP TABLE t")
    assert problems == [
        'table t dropped (3 rows), not declared: declare it in CHANGES: DropTable("t")'
    ]
