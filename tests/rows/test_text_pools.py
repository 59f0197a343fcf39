"""Text from the schema looks like what its column's name says, and like no one app's data.

A user's ``users.display_name`` holds people's names, ``bookmarks.url`` URLs, ``title``
titles, ``email`` addresses, ``description`` sentences; a column whose name says nothing
keeps the word runs. The edge values every text column also holds (emoji, right-to-left,
SQL-looking text) are generic: no other application's prompts or table names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edi_migrations.harness.rows.dirty import SPELLINGS
from edi_migrations.harness.rows.edge_values import TEXT_EDGES
from edi_migrations.harness.rows.schema_rows import fill_from_schema
from edi_migrations.harness.rows.schema_values import NUMERIC_TEXT
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA = (
    "CREATE TABLE users (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, "
    "email TEXT, username TEXT)",
    "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), "
    "url TEXT NOT NULL, title TEXT, description TEXT, colour TEXT)",
)
SHAPES = {
    ("users", "display_name"): r"[A-ZÀ-Ž][\w'À-ž-]+( [A-ZÀ-Ž][\w'À-ž-]+)+",
    ("users", "email"): r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+",
    ("users", "username"): r"[a-z0-9_]+",
    ("bookmarks", "url"): r"https://[a-z0-9.-]+\.[a-z]+(/[a-z0-9-]*)*",
    ("bookmarks", "title"): r"[A-Z][\w' -]*",
    ("bookmarks", "description"): r"[A-Z][^.]*\.( [A-Z][^.]*\.)*",
    ("bookmarks", "colour"): r"[a-z]+( [a-z]+)*",  # a name that says nothing: word runs
}
EDGES = {None, *TEXT_EDGES.values(), *NUMERIC_TEXT}


def fill(path: Path) -> Path:
    """A new database at ``path`` holding SCHEMA, filled from it with seed 11."""
    conn = sqlite3.connect(path)
    for statement in SCHEMA:
        conn.execute(statement)
    fill_from_schema(conn, seed=11, rows=200, orphans=False)
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill(tmp_path_factory.mktemp("pools") / "app.db")


def ordinary_values(path: Path, table: str, column: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        values = [r[0] for r in conn.execute(f"SELECT {column} FROM {table}")]
    finally:
        conn.close()
    return [v for v in values if v not in EDGES]


@pytest.mark.parametrize(("where", "shape"), SHAPES.items(), ids=lambda x: str(x))
def test_a_text_column_holds_what_its_name_says(filled, where, shape):
    values = ordinary_values(filled, *where)
    assert len(values) > 100
    odd = [v for v in values if not re.fullmatch(shape, v)]
    assert len(odd) <= len(SPELLINGS), odd[:8]  # the dirty copies, respelled as users type:
    assert all(re.fullmatch(shape, v.strip(), re.IGNORECASE) for v in odd), odd
    assert len(set(values)) > 20  # drawn from a pool, not one value


def test_no_value_speaks_of_another_app(filled):
    conn = sqlite3.connect(filled)
    try:
        texts = [
            v
            for table, column in SHAPES
            for (v,) in conn.execute(f"SELECT {column} FROM {table}")
            if isinstance(v, str)
        ]
    finally:
        conn.close()
    for word in ("sky", "dramatic", "sessions", "prompt"):
        assert not [t for t in texts if word in t.lower()], word


def test_the_same_seed_gives_the_same_texts(filled, tmp_path):
    again = fill(tmp_path / "again.db")
    for where in SHAPES:
        assert ordinary_values(again, *where) == ordinary_values(filled, *where)
