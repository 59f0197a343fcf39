"""The rows the schema adds to a table the app filled copy the app's values where it has them.

Where the app leaves a column NULL in every row, that column is filled and a few whole rows
are added; those rows copy each column the app filled from one of its rows, and draw the
rest: the unfilled columns, keys, UNIQUE columns and references (the matrix-level spec is
``tests/harness/test_app_values_in_added_rows.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.sqlite.dbapi import sqlite3

APP_ROWS = 30


def app_filled(path: Path) -> sqlite3.Connection:
    """``contacts`` at ``path``: the app's 30 rows, ``nickname`` NULL in every one."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, json TEXT NOT NULL, kind TEXT, "
        "handle TEXT UNIQUE, owner_id INTEGER REFERENCES owners (id), nickname TEXT)"
    )
    conn.executemany("INSERT INTO owners (id, name) VALUES (?, ?)", [(1, "a"), (2, "b")])
    conn.executemany(
        "INSERT INTO contacts (json, kind, handle, owner_id) VALUES (?, ?, ?, 1)",
        [(json.dumps({"name": f"P{n}"}), "friend", f"@p{n}") for n in range(APP_ROWS)],
    )
    conn.commit()
    return conn


def added(conn: sqlite3.Connection, columns: str) -> list[tuple]:
    return conn.execute(f"SELECT {columns} FROM contacts WHERE id > {APP_ROWS}").fetchall()


def test_added_rows_hold_the_apps_values_in_the_columns_it_filled(tmp_path):
    conn = app_filled(tmp_path / "app.db")
    fill_from_schema(conn, seed=5, rows=40, orphans=False)
    apps = {r[0] for r in conn.execute(f"SELECT json FROM contacts WHERE id <= {APP_ROWS}")}
    rows = added(conn, "json, kind, nickname")
    assert len(rows) == 10
    assert {r[0] for r in rows} <= apps
    assert {r[1] for r in rows} - {None} == {"friend"}  # a nullable one's NULL stays drawn
    assert any(r[2] is not None for r in rows)  # the column the app left NULL is drawn


def test_unique_columns_and_references_of_added_rows_are_still_drawn(tmp_path):
    conn = app_filled(tmp_path / "app.db")
    fill_from_schema(conn, seed=5, rows=40, orphans=False)
    handles = [r[0] for r in added(conn, "handle")]
    assert not {h for h in handles if h is not None} & {f"@p{n}" for n in range(APP_ROWS)}
    assert {r[0] for r in added(conn, "owner_id")} - {None} <= {1, 2}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_same_seed_copies_the_same_rows(tmp_path):
    first, second = app_filled(tmp_path / "a.db"), app_filled(tmp_path / "b.db")
    for conn in (first, second):
        fill_from_schema(conn, seed=5, rows=40, orphans=False)
    assert added(first, "*") == added(second, "*")
