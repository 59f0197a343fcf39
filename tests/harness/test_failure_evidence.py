"""Specs for the evidence added to a failed upgrade (edi_migrations.harness.failure_evidence).

SQLite's ``UNIQUE constraint failed: t.a, t.b`` names the columns, never the values.
The harness reads the database as it was before the failing step (the runner rolled
that step back) and names the duplicated value tuples and how many rows share each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations.errors import DatabaseMissing, MigrationFailed
from edi_migrations.harness.failure_evidence import (
    UniqueKey,
    duplicates_sql,
    find_duplicates,
    unique_evidence,
    unique_key,
)
from edi_migrations.rebuild import NewTable, rebuild_tables
from edi_migrations.sqlite.dbapi import sqlite3


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("UNIQUE constraint failed: entities.label", UniqueKey("entities", ("label",))),
        (
            "UNIQUE constraint failed: prompts.session_id, prompts.iteration",
            UniqueKey("prompts", ("session_id", "iteration")),
        ),
        ("UNIQUE constraint failed: _rebuilding_entities.label", UniqueKey("entities", ("label",))),
        ("UNIQUE constraint failed: index 'idx_lower_label'", None),
        ("NOT NULL constraint failed: entities.label", None),
        ("no such table: entities", None),
    ],
    ids=["one-column", "two-columns", "rebuilt-table", "expression-index", "not-null", "other"],
)
def test_the_failing_key_is_read_from_sqlites_message(message, key):
    assert unique_key(message) == key


@pytest.mark.parametrize(
    ("key", "sql"),
    [
        (
            UniqueKey("entities", ("label",)),
            'SELECT "label", count(*) FROM "entities" WHERE "label" IS NOT NULL '
            'GROUP BY "label" HAVING count(*) > 1 ORDER BY count(*) DESC, "label"',
        ),
        (
            UniqueKey("odd table", ("a", 'b"c')),
            'SELECT "a", "b""c", count(*) FROM "odd table" '
            'WHERE "a" IS NOT NULL AND "b""c" IS NOT NULL '
            'GROUP BY "a", "b""c" HAVING count(*) > 1 ORDER BY count(*) DESC, "a", "b""c"',
        ),
    ],
    ids=["one-column", "quoted-names"],
)
def test_the_duplicates_query_skips_nulls_and_puts_the_most_repeated_first(key, sql):
    assert duplicates_sql(key) == sql


def database(path: Path, rows: list[tuple]) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, session_id TEXT, label TEXT)")
    conn.executemany("INSERT INTO entities (session_id, label) VALUES (?, ?)", rows)
    conn.commit()
    conn.close()
    return path


def test_duplicated_tuples_are_counted_and_nulls_never_collide(tmp_path):
    db = database(
        tmp_path / "edi.db",
        [("s1", "cat"), ("s1", "cat"), ("s1", "cat"), ("s2", "dog"), ("s2", "dog")]
        + [("s3", None), ("s3", None), (None, "cat"), (None, "cat"), ("s4", "owl")],
    )
    conn = sqlite3.connect(db)
    found = find_duplicates(conn, UniqueKey("entities", ("session_id", "label")))
    conn.close()
    assert found.values == ((("s1", "cat"), 3), (("s2", "dog"), 2))
    assert found.total == 2


def test_at_most_eight_tuples_are_kept_and_all_are_counted(tmp_path):
    db = database(tmp_path / "edi.db", [("s", f"label{i:02d}") for i in range(12) for _ in "ab"])
    conn = sqlite3.connect(db)
    found = find_duplicates(conn, UniqueKey("entities", ("label",)))
    conn.close()
    assert len(found.values) == 8
    assert found.total == 12


def failed_unique_index(db: Path, statement: str) -> MigrationFailed:
    """The error the runner raises when ``statement`` fails: SQLite's own, wrapped."""
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement)
    except sqlite3.IntegrityError as exc:
        return MigrationFailed(db, "0004_unique_labels", 3, statement, exc)
    finally:
        conn.close()
    raise AssertionError(f"{statement} did not fail")


def test_a_unique_failure_names_the_duplicated_values_and_their_counts(tmp_path):
    rows = [("s1", "cat"), ("s2", "cat"), ("s3", "cat"), ("s1", "it's"), ("s9", "it's")]
    db = database(tmp_path / "edi.db", [*rows, ("s4", None), ("s5", None)])
    error = failed_unique_index(db, "CREATE UNIQUE INDEX idx_label ON entities(label)")
    assert unique_evidence(error) == [
        "before the failing step, entities (label) held 2 duplicated value(s) "
        "(NULLs never collide): 'cat' in 3 rows, \"it's\" in 2 rows"
    ]


def test_a_long_list_of_duplicates_is_cut_after_eight(tmp_path):
    db = database(tmp_path / "edi.db", [("s", f"l{i:02d}") for i in range(10) for _ in "abc"])
    error = failed_unique_index(db, "CREATE UNIQUE INDEX idx_label ON entities(label)")
    (line,) = unique_evidence(error)
    assert line.endswith("'l07' in 3 rows, … and 2 more")


def test_duplicates_the_step_itself_wrote_are_said_to_be_absent_before_it(tmp_path):
    db = database(tmp_path / "edi.db", [("s1", "cat")])
    conn = sqlite3.connect(db)
    conn.execute("CREATE UNIQUE INDEX idx_label ON entities(label)")
    conn.commit()
    conn.close()
    error = failed_unique_index(db, "INSERT INTO entities (session_id, label) VALUES ('s2', 'cat')")
    assert unique_evidence(error) == [
        "before the failing step, entities (label) held no duplicated value "
        "(compared with the columns' own collation): the step wrote them"
    ]


@pytest.mark.parametrize(
    "error",
    [
        DatabaseMissing(Path("/nowhere/edi.db")),
        MigrationFailed(Path("/nowhere/edi.db"), "0004_x", 3, None, ValueError("boom")),
        MigrationFailed(
            Path("/nowhere/edi.db"),
            "0004_x",
            3,
            None,
            sqlite3.IntegrityError("NOT NULL constraint failed: entities.label"),
        ),
    ],
    ids=["refusal", "python-error", "other-constraint"],
)
def test_other_failures_get_no_unique_evidence(error):
    assert unique_evidence(error) == []


def test_a_table_missing_before_the_step_is_said_so(tmp_path):
    db = database(tmp_path / "edi.db", [])
    error = MigrationFailed(
        db,
        "0004_x",
        3,
        None,
        sqlite3.IntegrityError("UNIQUE constraint failed: labels.name"),
    )
    (line,) = unique_evidence(error)
    assert line.startswith("no duplicates to show: cannot read labels (name) before the step: ")
    assert "no such table: labels" in line


def test_a_unique_constraint_added_by_a_rebuild_names_the_old_tables_values(tmp_path):
    db = database(tmp_path / "edi.db", [("s1", "cat"), ("s2", "cat"), ("s3", None), ("s4", None)])
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    definition = "id INTEGER PRIMARY KEY, session_id TEXT, label TEXT UNIQUE"
    try:
        rebuild_tables(conn, [NewTable("entities", definition)])
    except sqlite3.IntegrityError as exc:
        error = MigrationFailed(db, "0004_unique_labels", 3, None, exc)
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert unique_evidence(error) == [
        "before the failing step, entities (label) held 1 duplicated value(s) "
        "(NULLs never collide): 'cat' in 2 rows"
    ]
