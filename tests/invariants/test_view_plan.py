"""Specs for reading a view with one plan before and after a migration (edi_migrations.harness.invariants.view_plan).

An index lookup by equality lists a key's rows in rowid order; an index with more
columns lists them in the order of the next column. Every index of more than one plain
column is therefore replaced, while a view is read, by one on its first column: a
migration's new composite index cannot reorder a view's sums, and lookups stay fast.
"""

from __future__ import annotations

from collections import Counter

import pytest

from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.harness.invariants.view_plan import (
    IndexShape,
    canonical_plan_sql,
    index_shapes,
    read_view,
)
from edi_migrations.harness.invariants.view_rows import cell, reals_close
from edi_migrations.sqlite.dbapi import sqlite3

ONE = IndexShape("idx_p_session", "prompts", ("session_id",), ("BINARY",), expression=False)
PAIR = IndexShape(
    "idx_p_pair", "prompts", ("session_id", "iteration"), ("BINARY", "BINARY"), expression=False
)
PAIR_NOCASE = IndexShape(
    "idx_l_pair", "labels", ("name", "kind"), ("NOCASE", "BINARY"), expression=False
)
EXPR = IndexShape("idx_lower", "labels", (None,), ("BINARY",), expression=True)


@pytest.mark.parametrize(
    ("shapes", "statements"),
    [
        ([ONE], []),
        ([ONE, PAIR], ['DROP INDEX "idx_p_pair"']),
        (
            [PAIR],
            [
                'DROP INDEX "idx_p_pair"',
                'CREATE INDEX "_view_plan_1" ON "prompts" ("session_id" COLLATE "BINARY")',
            ],
        ),
        (
            [PAIR, IndexShape("idx_p_pair2", "prompts", ("session_id", "id"), ("BINARY",) * 2)],
            [
                'DROP INDEX "idx_p_pair"',
                'DROP INDEX "idx_p_pair2"',
                'CREATE INDEX "_view_plan_1" ON "prompts" ("session_id" COLLATE "BINARY")',
            ],
        ),
        (
            [PAIR_NOCASE],
            [
                'DROP INDEX "idx_l_pair"',
                'CREATE INDEX "_view_plan_1" ON "labels" ("name" COLLATE "NOCASE")',
            ],
        ),
        ([EXPR], ['DROP INDEX "idx_lower"']),
    ],
    ids=[
        "single-kept",
        "composite-covered",
        "composite-replaced",
        "one-replacement",
        "collation-kept",
        "expression-dropped",
    ],
)
def test_only_single_column_indexes_are_left_while_a_view_is_read(shapes, statements):
    assert canonical_plan_sql(shapes) == statements


def test_index_shapes_are_read_from_the_schema():
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE t (a UNIQUE, b TEXT COLLATE NOCASE);"
        "CREATE INDEX i_ab ON t(a, b); CREATE INDEX i_lower ON t(lower(b));"
    )
    assert index_shapes(conn) == [
        IndexShape("i_ab", "t", ("a", "b"), ("BINARY", "NOCASE")),
        IndexShape("i_lower", "t", (None,), ("BINARY",), expression=True),
    ]  # the UNIQUE constraint's own index cannot be dropped: not listed


def test_the_schema_is_the_same_after_a_view_is_read():
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE t (a, b); CREATE INDEX i_ab ON t(a, b); CREATE VIEW v AS SELECT a FROM t;"
        "INSERT INTO t VALUES (1, 2);"
    )
    schema = conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    assert read_view(conn, "SELECT a FROM v") == [(1,)]
    assert conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall() == schema


def test_a_view_over_a_composite_index_is_still_read_by_index():
    """Without an index on its first column each session would scan every prompt."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE s (id INTEGER PRIMARY KEY); CREATE TABLE p (sid INTEGER, it INTEGER, q REAL);"
        "CREATE INDEX p_sid_it ON p(sid, it);"
        "CREATE VIEW v AS SELECT id, (SELECT avg(q) FROM p WHERE sid = s.id) FROM s;"
    )
    plan = [row[-1] for row in read_view(conn, "EXPLAIN QUERY PLAN SELECT * FROM v")]
    assert "SEARCH p USING INDEX _view_plan_1 (sid=?)" in plan


# --- on real files: the harness's snapshot reads views with this plan -----------------

PLAN_DEPENDENT = """
CREATE TABLE sessions (id TEXT PRIMARY KEY);
CREATE TABLE prompts (id INTEGER PRIMARY KEY, session_id TEXT, iteration INT, quality_score REAL);
CREATE VIEW session_quality AS SELECT s.id AS session_id,
    (SELECT avg(p.quality_score) FROM prompts p WHERE p.session_id = s.id) AS avg_quality
    FROM sessions s;
INSERT INTO sessions VALUES ('s1');
"""


def test_an_index_that_reorders_a_views_sum_reads_the_same_rows(tmp_path):
    """Summed in rowid order, the two 1.79e308 overflow to inf before -1.79e308 comes; in
    iteration order (the new index) they cancel first: the avg is inf or 3.58e307, so no
    tolerance could tell a plan change from a real one (on every SQLite: 3.43 and later
    sum with compensation, which absorbs small scores but not an overflow)."""
    db = tmp_path / "plan.db"
    conn = sqlite3.connect(db)
    conn.executescript(PLAN_DEPENDENT)
    scores = [(1.79e308, 2), (1.79e308, 4), (-1.79e308, 3), (0.5, 5), (0.7, 1)]
    conn.executemany(
        "INSERT INTO prompts (session_id, iteration, quality_score) VALUES ('s1', ?, ?)",
        [(iteration, score) for score, iteration in scores],
    )
    conn.commit()
    before = snapshot(db)
    conn.execute("CREATE INDEX idx_prompts_session_iteration ON prompts(session_id, iteration)")
    conn.commit()
    planned = conn.execute("SELECT avg_quality FROM session_quality").fetchone()[0]
    conn.close()
    after = snapshot(db)
    planned_row = (cell("text", "s1"), cell("real", planned))
    assert not reals_close(before.views["session_quality"].most_common(1)[0][0], planned_row)
    assert after.views == before.views
    assert "idx_prompts_session_iteration" in after.state.schema


def test_a_view_that_names_a_replaced_index_is_read_with_it(tmp_path):
    db = tmp_path / "indexed_by.db"
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE t (x REAL, y); CREATE INDEX idx_t_xy ON t(x, y); INSERT INTO t VALUES (0.5, 1);"
        "CREATE VIEW v AS SELECT x FROM t INDEXED BY idx_t_xy WHERE x > 0;"
    )
    conn.close()
    snap = snapshot(db)
    assert (snap.views, snap.view_errors) == ({"v": Counter({(cell("real", 0.5),): 1})}, {})
