"""Rows from the schema are shaped like an app's: trees without cycles, dirty data every seed.

A table pointing at itself (replies, categories, folders) gets a forest: each row's parent
is an earlier row, roots are NULL, some chains are deep. A cycle of tables is broken the
same way. And the dirty data an app that never validated its input leaves behind is in
every generated table for every seed, not on most: repeated values in every column that
is not unique, one text spelled in several cases and with stray spaces, numeric-looking
text, integers stored as text. The former failures are explicit examples.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import example, given, seed, settings
from hypothesis import strategies as st

from edi_migrations.harness.rows.schema_rows import SchemaHints, fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.schema_census import DEPTH, EXPECTED, ROWS, TREES, build, census, walk

FORMER_CYCLE = 0  # every seed gave one row as its own parent, all rows reaching it
FORMER_NO_DUPLICATE = 6  # INTEGER and TEXT columns whose 40 values were all different


def links(conn: sqlite3.Connection, query: str) -> dict[object, object]:
    """node -> parent node, from (node, parent) rows."""
    return dict(conn.execute(query).fetchall())


@pytest.mark.parametrize("orphans", [True, False], ids=["orphans", "no-orphans"])
def test_every_seed_gives_forests_and_dirty_data_in_every_column_that_can_hold_them(
    edi_seed, orphans
):
    @seed(edi_seed)
    @settings(max_examples=6, deadline=None, database=None)
    @given(st.integers(min_value=0, max_value=2**31 - 1))
    @example(FORMER_CYCLE)
    @example(FORMER_NO_DUPLICATE)
    def check(data_seed: int) -> None:
        with tempfile.TemporaryDirectory() as folder:
            facts = census(build(Path(folder) / "census.db", data_seed, orphans))
        assert facts == EXPECTED

    check()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(tmp_path / "t.db")) as conn:
        yield conn


def test_a_self_reference_added_to_a_table_with_rows_gets_a_forest_too(db):
    db.execute("CREATE TABLE nodes (id INTEGER PRIMARY KEY, name TEXT)")
    fill_from_schema(db, seed=5, rows=ROWS, orphans=False)
    db.execute("ALTER TABLE nodes ADD COLUMN parent_id INTEGER REFERENCES nodes(id)")
    fill_from_schema(db, seed=5, rows=ROWS, orphans=False)
    on_cycle, deepest = walk(links(db, "SELECT id, parent_id FROM nodes"))
    assert (on_cycle, deepest >= DEPTH) == (set(), True)
    assert db.execute("SELECT count(parent_id) FROM nodes").fetchone()[0] > ROWS // 2


def test_a_recursive_walk_up_the_tree_ends(db):
    """What hung a run: a view walking up the parents with UNION ALL never ended."""
    db.execute(TREES[0])
    fill_from_schema(db, seed=FORMER_CYCLE, rows=ROWS, orphans=True)
    steps = [0]

    def budget() -> int:
        steps[0] += 1
        return steps[0] > 10_000  # far past what 40 rows need: a cycle interrupts the walk

    db.set_progress_handler(budget, 100)
    depth = db.execute(
        "WITH RECURSIVE up(hash, above, depth) AS ("
        " SELECT hash, parent_hash, 0 FROM messages"
        " UNION ALL SELECT up.hash, m.parent_hash, up.depth + 1"
        " FROM up JOIN messages m ON m.hash = up.above)"
        " SELECT max(depth) FROM up"
    ).fetchone()[0]
    assert depth >= DEPTH


def test_a_project_may_ask_for_the_cycles_its_app_writes(db):
    db.execute(TREES[0])
    fill_from_schema(db, seed=1, rows=ROWS, orphans=False, hints=SchemaHints(cycles=("messages",)))
    on_cycle, _ = walk(links(db, "SELECT hash, parent_hash FROM messages"))
    assert len(on_cycle) > 1


def test_a_cycle_asked_for_a_table_without_a_reference_to_itself_is_refused_naming_it(db):
    db.execute("CREATE TABLE threads (id INTEGER PRIMARY KEY, title TEXT)")
    with pytest.raises(ValueError, match="cycles asked for table 'threads', which has no fo"):
        fill_from_schema(db, seed=1, rows=ROWS, orphans=False, hints=SchemaHints(cycles=("threads",)))


def test_a_cycle_asked_for_a_table_not_there_yet_waits_for_it(db):
    """The setting is the project's, for every version: the table may come later."""
    db.execute(TREES[0])
    assert fill_from_schema(db, seed=1, rows=ROWS, orphans=False, hints=SchemaHints(cycles=("threads",)))
