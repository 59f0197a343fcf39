"""A table whose UNIQUE key can take only so many values is filled up to them, not past.

Kanboard's ``project_has_users`` is ``UNIQUE(project_id, user_id)`` over two foreign
keys, and its first migration inserts the one ``admin`` user: filled from the schema,
the table holds at most one row per project. Rows whose every draw repeats a taken key
are left out (the table is full); a CHECK nothing satisfies still raises, naming it.
"""

from __future__ import annotations

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from tests.rows.test_schema_rows import one, open_db  # noqa: F401 (fixture)

SCHEMA = (
    "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL)",
    "CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE members (project_id INTEGER NOT NULL REFERENCES projects(id), "
    "user_id INTEGER NOT NULL REFERENCES users(id), UNIQUE (project_id, user_id))",
)
ADMIN = "INSERT INTO users (username) VALUES ('admin')"
DEFAULT_PROJECT = "INSERT INTO projects (name) VALUES ('Default')"


def test_one_user_and_one_project_make_one_membership(open_db):  # noqa: F811
    conn = open_db(*SCHEMA, ADMIN, DEFAULT_PROJECT)
    fill_from_schema(conn, seed=1, rows=25, orphans=False)
    assert one(conn, "SELECT count(*) FROM members") == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_one_user_makes_at_most_one_membership_per_project(open_db):  # noqa: F811
    conn = open_db(*SCHEMA, ADMIN)
    fill_from_schema(conn, seed=6, rows=25, orphans=False)
    members = one(conn, "SELECT count(*) FROM members")
    assert 0 < members <= one(conn, "SELECT count(*) FROM projects")


def test_a_lone_unique_column_with_three_values_holds_three_rows(open_db):  # noqa: F811
    conn = open_db("CREATE TABLE t (x INTEGER NOT NULL UNIQUE CHECK (x IN (1, 2, 3)))")
    fill_from_schema(conn, seed=2, rows=10, orphans=False)
    assert one(conn, "SELECT count(*) FROM t") == 3
