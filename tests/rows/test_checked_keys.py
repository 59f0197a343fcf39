"""A UNIQUE key over a column whose CHECK bounds its values is filled inside the CHECK.

Kanboard's ``swimlanes``-like tables key a small numbered level per project:
``UNIQUE (project_id, level)`` beside ``CHECK (level BETWEEN 1 AND 3)``. The row counter
a UNIQUE key folds in must stay inside the CHECK's domain; once every combination the
schema allows is taken, the table is full (the same rule as a lone UNIQUE column with
three values). Each shape beside its control: the same key with an unbounded column.
"""

from __future__ import annotations

import pytest

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from tests.rows.test_schema_rows import one, open_db  # noqa: F401 (fixture)

PROJECTS = "CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"
THREE_PROJECTS = "INSERT INTO projects (name) VALUES ('a'), ('b'), ('c')"

# (id, the child table, the column its CHECK bounds, how many values that CHECK admits)
SHAPES = [
    ("range beside a foreign key",
     "CREATE TABLE t (project_id INTEGER NOT NULL REFERENCES projects(id), level INTEGER "
     "NOT NULL CHECK (level BETWEEN 1 AND 3), UNIQUE (project_id, level))",
     "level", 3),
    ("range in a composite primary key",
     "CREATE TABLE t (project_id INTEGER NOT NULL REFERENCES projects(id), level INTEGER "
     "NOT NULL CHECK (level >= 1 AND level <= 3), PRIMARY KEY (project_id, level))",
     "level", 3),
    ("in-list beside a foreign key",
     "CREATE TABLE t (project_id INTEGER NOT NULL REFERENCES projects(id), kind TEXT "
     "NOT NULL CHECK (kind IN ('a', 'b')), UNIQUE (project_id, kind))",
     "kind", 2),
    ("boolean beside a foreign key",
     "CREATE TABLE t (project_id INTEGER NOT NULL REFERENCES projects(id), is_active "
     "INTEGER NOT NULL CHECK (is_active IN (0, 1)), UNIQUE (project_id, is_active))",
     "is_active", 2),
    ("range beside a free text column",
     "CREATE TABLE t (name TEXT NOT NULL, level INTEGER NOT NULL "
     "CHECK (level BETWEEN 1 AND 3), UNIQUE (name, level))",
     "level", 3),
    ("range alone",
     "CREATE TABLE t (level INTEGER NOT NULL UNIQUE CHECK (level BETWEEN 1 AND 3), note TEXT)",
     "level", 3),
]  # fmt: skip


@pytest.mark.parametrize(("ddl", "column", "values"), [s[1:] for s in SHAPES],
                         ids=[s[0] for s in SHAPES])  # fmt: skip
def test_a_checked_key_column_stays_in_its_domain(open_db, ddl, column, values):  # noqa: F811
    conn = open_db(PROJECTS, THREE_PROJECTS, ddl)
    fill_from_schema(conn, seed=3, rows=25, orphans=False)
    rows = one(conn, "SELECT count(*) FROM t")
    assert 0 < rows <= 25
    assert one(conn, f"SELECT count(DISTINCT {column}) FROM t") <= values
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_three_projects_and_three_levels_fill_up_to_nine_rows(open_db):  # noqa: F811
    conn = open_db(PROJECTS, THREE_PROJECTS, SHAPES[0][1])
    fill_from_schema(conn, seed=4, rows=40, orphans=False)
    assert 3 <= one(conn, "SELECT count(*) FROM t") <= 9
    assert one(conn, "SELECT count(*) FROM t WHERE level NOT BETWEEN 1 AND 3") == 0


def test_a_wide_range_still_gives_every_row_its_own_key(open_db):  # noqa: F811
    """The control: a CHECK that leaves room for the counter keeps every row asked for."""
    conn = open_db(
        PROJECTS,
        THREE_PROJECTS,
        "CREATE TABLE t (project_id INTEGER NOT NULL REFERENCES projects(id), level INTEGER "
        "NOT NULL CHECK (level BETWEEN 1 AND 1000000), UNIQUE (project_id, level))",
    )
    fill_from_schema(conn, seed=5, rows=40, orphans=False)
    assert one(conn, "SELECT count(*) FROM t") == 40


def test_a_full_table_stops_drawing_instead_of_redrawing_every_row_asked_for(open_db):  # noqa: F811
    """Once every key the CHECK allows is taken, the rows still asked for are not each
    drawn MAX_ATTEMPTS times (a large fill of a 9-key table would take minutes)."""
    conn = open_db(PROJECTS, THREE_PROJECTS, SHAPES[0][1])
    inserts = []
    conn.set_trace_callback(lambda s: inserts.append(s) if s.startswith("INSERT") else None)
    fill_from_schema(conn, seed=7, rows=2000, orphans=False)
    conn.set_trace_callback(None)
    assert one(conn, "SELECT count(*) FROM t") <= 9
    assert len(inserts) < 2000
