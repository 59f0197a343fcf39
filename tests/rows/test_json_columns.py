"""Rows from the schema hold JSON where the schema reads a column as JSON, with the keys
it reads, and nowhere else: a column of the same name in another table whose CHECK admits
no JSON object keeps its own values. Real SQLite files."""

from __future__ import annotations

import json

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3


def filled(tmp_path, *schema: str) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    for statement in schema:
        conn.execute(statement)
    fill_from_schema(conn, seed=7, rows=40, orphans=False)
    conn.execute("COMMIT")
    return conn


def test_a_column_read_as_json_holds_objects_with_the_keys_read(tmp_path):
    conn = filled(
        tmp_path,
        "CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)",
        "CREATE INDEX events_amount ON events (json_extract(payload, '$.amount'))",
        "CREATE VIEW users AS SELECT payload ->> 'user' AS user FROM events",
    )
    values = [v for (v,) in conn.execute("SELECT payload FROM events")]
    assert len(values) >= 40
    objects = [json.loads(v) for v in values]
    assert sum(1 for o in objects if {"amount", "user"} <= set(o)) > 30


def test_a_checked_column_of_the_same_name_elsewhere_keeps_its_values(tmp_path):
    conn = filled(
        tmp_path,
        "CREATE TABLE kinds (id INTEGER PRIMARY KEY, payload TEXT CHECK (payload IN ('a', 'b')))",
        "CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)",
        "CREATE VIEW sizes AS SELECT json_extract(e.payload, '$.size') FROM events e",
    )
    kinds = {v for (v,) in conn.execute("SELECT payload FROM kinds")}
    assert kinds <= {"a", "b", None} and len(kinds) > 1
    assert conn.execute("SELECT count(*) FROM events WHERE json_valid(payload)").fetchone()[0] > 30


def test_a_column_checked_as_a_json_array_holds_arrays(tmp_path):
    conn = filled(
        tmp_path,
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, "
        "attrs TEXT NOT NULL CHECK (json_type(attrs) = 'object'), "
        "tags TEXT NOT NULL CHECK (json_valid(tags) AND json_type(tags) = 'array'), "
        "steps TEXT CHECK (json_array_length(steps) < 20))",
    )
    assert conn.execute("SELECT count(*) FROM recipes").fetchone()[0] >= 40
    shapes = conn.execute(
        "SELECT DISTINCT json_type(attrs), json_type(tags), coalesce(json_type(steps), 'array') "
        "FROM recipes"
    ).fetchall()
    assert shapes == [("object", "array", "array")]
