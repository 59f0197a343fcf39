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

from edi_migrations.dbapi import sqlite3
from edi_migrations.harness.rows.schema_rows import fill_from_schema

ROWS = 40
DEPTH = 5  # the chain every forest holds: a row five parents below its root
FORMER_CYCLE = 0  # every seed gave one row as its own parent, all rows reaching it
FORMER_NO_DUPLICATE = 6  # INTEGER and TEXT columns whose 40 values were all different

TREES = (
    "CREATE TABLE messages (hash TEXT PRIMARY KEY, "
    "parent_hash TEXT REFERENCES messages(hash), body TEXT)",
    "CREATE TABLE folders (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES folders(id), "
    "name TEXT NOT NULL)",
    "CREATE TABLE ranks (code TEXT PRIMARY KEY, above TEXT NOT NULL REFERENCES ranks(code))",
    "CREATE TABLE authors (id INTEGER PRIMARY KEY, best_book INTEGER REFERENCES books(id))",
    "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL "
    "REFERENCES authors(id), title TEXT)",
)
DIRTY = (
    "CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor TEXT NOT NULL, label TEXT, "
    "value INTEGER, ratio REAL, raw, code TEXT UNIQUE, "
    "status TEXT CHECK (status IN ('new', 'done')))",
)


def build(folder: Path, ddl: tuple[str, ...], data_seed: int, orphans: bool) -> Path:
    path = folder / f"s{data_seed}-{orphans}.db"
    with closing(sqlite3.connect(path)) as conn:
        for statement in ddl:
            conn.execute(statement)
        fill_from_schema(conn, seed=data_seed, rows=ROWS, orphans=orphans)
        conn.commit()
    return path


def links(conn: sqlite3.Connection, query: str) -> dict[object, object]:
    """node -> parent node, from (node, parent) rows."""
    return dict(conn.execute(query).fetchall())


def walk(parent_of: dict[object, object]) -> tuple[set[object], int]:
    """(the nodes on a cycle, the deepest chain below a root): a parent that is NULL or no
    node (a dangling orphan) ends a chain, and so does a root that is its own parent."""
    on_cycle: set[object] = set()
    deepest = 0
    for node in parent_of:
        seen = [node]
        up = parent_of[node]
        while up is not None and up in parent_of:
            if up in seen:
                on_cycle.update(seen[seen.index(up) :])
                if up == seen[-1]:
                    deepest = max(deepest, len(seen) - 1)
                break
            seen.append(up)
            up = parent_of[up]
        else:
            deepest = max(deepest, len(seen) - 1)
    return on_cycle, deepest


def forest_facts(path: Path) -> dict[str, object]:
    with closing(sqlite3.connect(path)) as conn:
        messages = walk(links(conn, "SELECT hash, parent_hash FROM messages"))
        folders = walk(links(conn, "SELECT id, parent_id FROM folders"))
        ranks = walk(links(conn, "SELECT code, above FROM ranks"))
        books = {("b", i): ("a", a) for i, a in conn.execute("SELECT id, author_id FROM books")}
        authors = {
            ("a", i): b and ("b", b) for i, b in conn.execute("SELECT id, best_book FROM authors")
        }
        self_loops = conn.execute("SELECT code FROM ranks WHERE above = code").fetchall()
        return {
            "messages cycles": messages[0],
            "messages deep": messages[1] >= DEPTH,
            "messages with a parent": conn.execute(
                "SELECT count(parent_hash) * 2 >= count(*) FROM messages"
            ).fetchone()[0],
            "messages roots": conn.execute(
                "SELECT count(*) > 0 FROM messages WHERE parent_hash IS NULL"
            ).fetchone()[0],
            "folders cycles": folders[0],
            "folders deep": folders[1] >= DEPTH,
            "ranks: one root, its own parent": ranks[0] == {r[0] for r in self_loops}
            and len(self_loops) == 1,
            "ranks deep": ranks[1] >= DEPTH,
            "authors and books cycles": walk({**books, **authors})[0],
            "authors point at books": conn.execute(
                "SELECT count(best_book) > 0 FROM authors"
            ).fetchone()[0],
        }


HEALTHY_FOREST = {
    "messages cycles": set(),
    "messages deep": True,
    "messages with a parent": 1,
    "messages roots": 1,
    "folders cycles": set(),
    "folders deep": True,
    "ranks: one root, its own parent": True,
    "ranks deep": True,
    "authors and books cycles": set(),
    "authors point at books": 1,
}


def test_self_references_and_cycles_of_tables_get_a_forest_for_every_seed(edi_seed):
    @seed(edi_seed)
    @settings(max_examples=6, deadline=None, database=None)
    @given(st.integers(min_value=0, max_value=2**31 - 1), st.booleans())
    @example(FORMER_CYCLE, True)
    @example(FORMER_CYCLE, False)
    def check(data_seed: int, orphans: bool) -> None:
        with tempfile.TemporaryDirectory() as folder:
            facts = forest_facts(build(Path(folder), TREES, data_seed, orphans))
        assert facts == HEALTHY_FOREST

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
    fill_from_schema(db, seed=1, rows=ROWS, orphans=False, cycles=("messages",))
    on_cycle, _ = walk(links(db, "SELECT hash, parent_hash FROM messages"))
    assert len(on_cycle) > 1


def test_a_cycle_asked_for_a_table_without_a_reference_to_itself_is_refused_naming_it(db):
    db.execute("CREATE TABLE threads (id INTEGER PRIMARY KEY, title TEXT)")
    with pytest.raises(ValueError, match="cycles asked for table 'threads', which has no fo"):
        fill_from_schema(db, seed=1, rows=ROWS, orphans=False, cycles=("threads",))


def test_a_cycle_asked_for_a_table_not_there_yet_waits_for_it(db):
    """The setting is the project's, for every version: the table may come later."""
    db.execute(TREES[0])
    assert fill_from_schema(db, seed=1, rows=ROWS, orphans=False, cycles=("threads",))


# --- dirty data -------------------------------------------------------------------------------

DIRTY_FACTS = {
    # repeated values in every column that is not unique: a later UNIQUE index fails
    "sensor repeats": "SELECT count(sensor) > count(DISTINCT sensor) FROM readings",
    "label repeats": "SELECT count(label) > count(DISTINCT label) FROM readings",
    "value repeats": "SELECT count(value) > count(DISTINCT value) FROM readings",
    "ratio repeats": "SELECT count(ratio) > count(DISTINCT ratio) FROM readings",
    "raw repeats": "SELECT count(raw) > count(DISTINCT raw) FROM readings",
    "a pair repeats": "SELECT count(*) > 0 FROM (SELECT 1 FROM readings WHERE value IS NOT NULL "
    "AND label IS NOT NULL GROUP BY value, label HAVING count(*) > 1)",
    # one text spelled several ways
    "case variants": "SELECT count(*) > 0 FROM (SELECT 1 FROM readings GROUP BY "
    "lower(trim(label)) HAVING count(DISTINCT label) > 2 AND count(DISTINCT trim(label)) > 1)",
    "whitespace variants": "SELECT count(*) > 0 FROM readings a JOIN readings b "
    "ON a.sensor <> b.sensor AND trim(a.sensor) = b.sensor",
    # numbers that are text
    "numeric-looking text": "SELECT count(DISTINCT label) = 3 FROM readings "
    "WHERE label IN ('007', '1e3', ' 42')",
    "integer as text, TEXT column": "SELECT count(*) > 0 FROM readings "
    "WHERE typeof(label) = 'text' AND label = CAST(CAST(label AS INTEGER) AS TEXT)",
    "integer as text, untyped column": "SELECT count(*) > 0 FROM readings "
    "WHERE typeof(raw) = 'text' AND raw = CAST(CAST(raw AS INTEGER) AS TEXT)",
    # constraints kept
    "code stays unique": "SELECT count(code) = count(DISTINCT code) FROM readings",
    "status stays in its CHECK": "SELECT count(*) = 0 FROM readings "
    "WHERE status NOT IN ('new', 'done')",
}


def dirty_facts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {name: conn.execute(query).fetchone()[0] for name, query in DIRTY_FACTS.items()}


def test_every_seed_writes_the_dirty_data_into_every_column_that_can_hold_it(edi_seed):
    @seed(edi_seed)
    @settings(max_examples=8, deadline=None, database=None)
    @given(st.integers(min_value=0, max_value=2**31 - 1), st.booleans())
    @example(FORMER_NO_DUPLICATE, True)
    @example(FORMER_NO_DUPLICATE, False)
    def check(data_seed: int, orphans: bool) -> None:
        with tempfile.TemporaryDirectory() as folder:
            facts = dirty_facts(build(Path(folder), DIRTY, data_seed, orphans))
        assert facts == dict.fromkeys(DIRTY_FACTS, 1)

    check()
