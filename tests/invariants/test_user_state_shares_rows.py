"""A path's user state (what the resumed-equals-uninterrupted check compares) is built from
the snapshot after the path, which holds every row already: it shares those rows rather
than copying each table's (at a long chain's head a copy was a dict entry a row, held
beside the snapshot for the rest of the check). Only a table with a run-time column,
left out of the comparison, is a new projection. Real SQLite files."""

from __future__ import annotations

from contextlib import closing

from edi_migrations.harness.invariants import runs
from edi_migrations.harness.invariants.compare import snapshot
from edi_migrations.sqlite.dbapi import sqlite3


def test_a_user_state_shares_the_snapshot_rows_and_projects_run_time_columns(tmp_path):
    path = tmp_path / "app.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, at TEXT, what TEXT)")
        conn.executemany("INSERT INTO notes (body) VALUES (?)", [("a",), ("b",)])
        conn.execute("INSERT INTO runs (at, what) VALUES ('2026-12-07', 'x')")
        conn.commit()
    after = snapshot(path)
    schema, tables = runs.user_state_of(after.state, after.model, frozenset({("runs", "at")}))
    assert tables["notes"][1] is after.state.tables["notes"].rows
    assert tables["runs"] == (("id", "what"), {1: (("integer", 1), ("text", "x"))})
    assert runs.user_state(path, frozenset({("runs", "at")})) == (schema, tables)
