"""edge_census counts each dirty kind where SQLite really stored it, and nothing else."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.edi import legacy_sql
from fixtures.edi.edge_census import edge_census

SESSION = "INSERT INTO sessions (id, image_path, naive_prompt) VALUES (?, ?, 'p')"
PROMPT = "INSERT INTO prompts (session_id, iteration) VALUES (?, ?)"
ENTITY = "INSERT INTO entities (session_id, entity_id, label, confidence) VALUES (?, ?, ?, ?)"

# (what the rows are, the rows, census key, expected count)
CASES = [
    (
        "'007' in a TEXT column",
        [(ENTITY, ("s1", "007", "sky", 0.5))],
        ("numeric_text", "entities.entity_id"),
        1,
    ),
    (
        "' 42' in a TEXT column",
        [(ENTITY, ("s1", " 42", "sky", 0.5))],
        ("numeric_text", "entities.entity_id"),
        1,
    ),
    (
        "'1e3' in a TEXT column",
        [(ENTITY, ("s1", "1e3", "sky", 0.5))],
        ("numeric_text", "entities.entity_id"),
        1,
    ),
    (
        "a plain id is no number",
        [(ENTITY, ("s1", "sky_0", "sky", 0.5))],
        ("numeric_text", "entities.entity_id"),
        0,
    ),
    (
        "an integer bound to a TEXT column",
        [(ENTITY, ("s1", 42, "sky", 0.5))],
        ("number_as_text", "entities.entity_id"),
        1,
    ),
    (
        "'0.95' in a TEXT column",
        [(ENTITY, ("s1", "0.95", "sky", 0.5))],
        ("number_as_text", "entities.entity_id"),
        1,
    ),
    (
        "'n/a' in a REAL column",
        [(ENTITY, ("s1", "e", "sky", "n/a"))],
        ("text_in_number", "entities.confidence"),
        1,
    ),
    (
        "'0,9' in a REAL column",
        [(ENTITY, ("s1", "e", "sky", "0,9"))],
        ("text_in_number", "entities.confidence"),
        1,
    ),
    (
        "'0.9' is converted to a REAL",
        [(ENTITY, ("s1", "e", "sky", "0.9"))],
        ("text_in_number", "entities.confidence"),
        0,
    ),
    (
        "'high' in an INT column",
        [(PROMPT, ("s1", "high"))],
        ("text_in_number", "prompts.iteration"),
        1,
    ),
    (
        "'7' is converted to an INTEGER",
        [(PROMPT, ("s1", "7"))],
        ("text_in_number", "prompts.iteration"),
        0,
    ),
    (
        "'Sky' beside 'sky' is a variant",
        [(ENTITY, ("s1", "a", "Sky", 0.5)), (ENTITY, ("s1", "b", "sky", 0.5))],
        ("label_variant", "entities.label"),
        1,
    ),
    (
        "' sky' and 'SKY ' are two variants",
        [(ENTITY, ("s1", "a", " sky", 0.5)), (ENTITY, ("s1", "b", "SKY ", 0.5))],
        ("label_variant", "entities.label"),
        2,
    ),
    (
        "'Sky' alone varies nothing",
        [(ENTITY, ("s1", "a", "Sky", 0.5))],
        ("label_variant", "entities.label"),
        0,
    ),
    (
        "'sky' twice is the same label",
        [(ENTITY, ("s1", "a", "sky", 0.5)), (ENTITY, ("s1", "b", "sky", 0.5))],
        ("label_variant", "entities.label"),
        0,
    ),
    (
        "one iteration twice in a session",
        [(PROMPT, ("s1", 0)), (PROMPT, ("s1", 0)), (PROMPT, ("s1", 1))],
        ("duplicate_key", "prompts"),
        2,
    ),
    (
        "one iteration in two sessions",
        [(PROMPT, ("s1", 0)), (PROMPT, ("s2", 0))],
        ("duplicate_key", "prompts"),
        0,
    ),
    (
        "NULL sessions are never equal",
        [(PROMPT, (None, 0)), (PROMPT, (None, 0))],
        ("duplicate_key", "prompts"),
        0,
    ),
    (
        "one entity id twice in a session",
        [(ENTITY, ("s1", "sky_0", "sky", 0.5)), (ENTITY, ("s1", "sky_0", "sky", 0.7))],
        ("duplicate_key", "entities"),
        2,
    ),
    (
        "one image path in two sessions",
        [(SESSION, ("s1", "/a.jpg")), (SESSION, ("s2", "/a.jpg")), (SESSION, ("s3", "/b.jpg"))],
        ("duplicate_key", "sessions"),
        2,
    ),
]


@pytest.fixture
def v1_schema(tmp_path: Path) -> Path:
    path = tmp_path / "census.db"
    with closing(sqlite3.connect(path)) as conn:
        for statement in legacy_sql.V1_SCHEMA:
            conn.execute(statement)
    return path


@pytest.mark.parametrize(
    ("rows", "key", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_census_counts_a_dirty_value_only_where_sqlite_stored_it_so(
    v1_schema, rows, key, expected
):
    with closing(sqlite3.connect(v1_schema)) as conn:
        for sql, params in rows:
            conn.execute(sql, params)
        assert edge_census(conn)[key] == expected
