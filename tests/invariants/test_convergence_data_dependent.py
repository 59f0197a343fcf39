"""Convergence with a fresh install allows exactly the declared data-dependent objects'
presence or absence; ``objects_kept`` and ``data_kept`` allow their drop."""

from __future__ import annotations

import pytest

from edi_migrations import schema_of
from edi_migrations.changes import DependsOnData
from edi_migrations.harness.invariants.compare import Declared, data_kept, objects_kept, snapshot
from edi_migrations.harness.invariants.schema_blocks import convergence_problems, without_objects
from edi_migrations.sqlite.dbapi import sqlite3

BASE = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); CREATE VIEW v AS SELECT id FROM t;"


def schema(script: str) -> str:
    conn = sqlite3.connect(":memory:")
    conn.executescript(BASE + script)
    return schema_of(conn)


FRESH = schema("")
INDEXED = schema("CREATE INDEX ix ON t(name);")
UNIQUE = schema("CREATE UNIQUE INDEX ux ON t(name);")
LEGACY = schema(
    "CREATE TABLE legacy (x); CREATE TRIGGER tr AFTER INSERT ON legacy BEGIN SELECT 1; END;"
)


@pytest.mark.parametrize(
    "text, objects",
    [
        (INDEXED, {("index", "ix")}),
        (UNIQUE, {("index", "ux")}),
        (LEGACY, {("table", "legacy"), ("trigger", "tr")}),
    ],
    ids=["index", "unique-index", "table-and-trigger"],
)
def test_without_the_objects_a_schema_is_the_one_without_them(text, objects):
    assert without_objects(text, frozenset(objects)) == FRESH


@pytest.mark.parametrize(
    "fresh, after, declared, problems",
    [
        (FRESH, INDEXED, {("index", "ix")}, []),
        (INDEXED, FRESH, {("index", "ix")}, []),
        (
            FRESH,
            INDEXED,
            set(),
            ["+index ix on t (name)", 'declare it in CHANGES: DependsOnData("index", "ix")'],
        ),
        (
            FRESH,
            schema("CREATE INDEX ix ON t(name, id);"),
            {("index", "other")},
            ["+index ix on t (name, id)", 'declare it in CHANGES: DependsOnData("index", "ix")'],
        ),
        (
            INDEXED,
            schema("CREATE INDEX ix ON t(name, id);"),
            {("index", "other")},
            ["-index ix on t (name)", "+index ix on t (name, id)"],
        ),
        (
            schema("CREATE INDEX ix ON t(name);"),
            schema("CREATE INDEX ix ON t(id);"),
            {("index", "ix")},
            [],
        ),
    ],
    ids=[
        "declared-present",
        "declared-absent",
        "undeclared-suggests",
        "another-declared",
        "changed-not-suggested",
        "declared-object-may-differ-whole",
    ],
)
def test_convergence_allows_exactly_the_declared_objects(fresh, after, declared, problems):
    assert convergence_problems(fresh, after, frozenset(declared)) == problems


def test_a_declared_data_dependent_object_may_be_dropped(tmp_path):
    path = tmp_path / "d.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(BASE + "CREATE TABLE legacy (x); CREATE INDEX ix ON t(name);")
    conn.close()
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.executescript("DROP TABLE legacy; DROP INDEX ix")
    conn.close()
    after = snapshot(path)
    declared = Declared.of([DependsOnData("table", "legacy"), DependsOnData("index", "ix")])
    assert data_kept(before, after, declared) + objects_kept(before, after, declared) == []
    assert objects_kept(before, after, Declared()) == [
        'index ix lost, not declared: declare it in CHANGES: DropObject("index", "ix")'
    ]
    assert data_kept(before, after, Declared())[0].startswith("table legacy dropped (0 rows)")


def test_a_data_dependent_table_dropped_with_rows_is_evidence(tmp_path):
    path = tmp_path / "d.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(BASE + "CREATE TABLE legacy (x); INSERT INTO legacy VALUES (1);")
    conn.close()
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE legacy")
    conn.close()
    declared = Declared.of([DependsOnData("table", "legacy")])
    assert data_kept(before, snapshot(path), declared) == [
        "table legacy dropped with 1 rows: DependsOnData allows its drop only when it is empty; "
        'declare it in CHANGES: DropTable("legacy")'
    ]
