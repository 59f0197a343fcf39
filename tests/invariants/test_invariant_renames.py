"""Renames declared: rows, values and constraints are followed under the new name; undeclared,
a rename reads as a drop plus an add and the evidence suggests the declaration."""

from __future__ import annotations

import pytest

from edi_migrations.changes import RenameColumn, RenameTable
from edi_migrations.harness.invariants.compare import Declared, data_kept, objects_kept, snapshot
from edi_migrations.harness.invariants.constraints import constraints_kept
from edi_migrations.sqlite.dbapi import sqlite3

SCHEMA = """
CREATE TABLE p (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'b')));
CREATE TABLE c (id INTEGER PRIMARY KEY, pid TEXT REFERENCES p(id) ON DELETE CASCADE, n REAL);
CREATE INDEX ix_p_kind ON p(kind);
CREATE UNIQUE INDEX ux_c ON c(pid, n);
INSERT INTO p VALUES ('x', 'a'), ('y', 'b');
INSERT INTO c VALUES (1, 'x', 0.5), (2, 'y', -0.0);
"""


def evidence(tmp_path, script: str, declared: Declared) -> list[str]:
    path = tmp_path / "r.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA)
    conn.close()
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
    conn.close()
    after = snapshot(path)
    return [
        *data_kept(before, after, declared),
        *objects_kept(before, after, declared),
        *constraints_kept(before, after, declared),
    ]


RENAMES = {
    "table": ("ALTER TABLE p RENAME TO parent", [RenameTable("p", "parent")]),
    "column": (
        "ALTER TABLE p RENAME COLUMN kind TO category",
        [RenameColumn("p", "kind", "category")],
    ),
    "referenced column": ("ALTER TABLE p RENAME COLUMN id TO pk", [RenameColumn("p", "id", "pk")]),
    "column then its table": (
        "ALTER TABLE c RENAME COLUMN n TO weight; ALTER TABLE c RENAME TO child",
        [RenameColumn("c", "n", "weight"), RenameTable("c", "child")],
    ),
}


@pytest.mark.parametrize("script, declared", RENAMES.values(), ids=RENAMES.keys())
def test_a_declared_rename_is_followed_under_the_new_name(tmp_path, script, declared):
    assert evidence(tmp_path, script, Declared.of(declared)) == []


def test_a_value_changed_across_a_declared_rename_is_evidence_under_the_new_name(tmp_path):
    script = "ALTER TABLE c RENAME COLUMN n TO weight; UPDATE c SET weight = 0.25 WHERE id = 1"
    assert evidence(tmp_path, script, Declared.of([RenameColumn("c", "n", "weight")])) == [
        "c.weight rowid 1: before real 0.5, after real 0.25 (expected real 0.5: unchanged): "
        'declare it in CHANGES: Recompute("c", "weight", expression="...")'
    ]


def test_a_constraint_changed_across_a_declared_rename_is_evidence(tmp_path):
    """A rename done by hand (a new table, not ALTER TABLE) that forgets a CHECK and leaves
    a child's foreign key naming the old table."""
    script = (
        "CREATE TABLE parent (id TEXT PRIMARY KEY, kind TEXT NOT NULL);"
        "INSERT INTO parent SELECT * FROM p; DROP TABLE p; CREATE INDEX ix_p_kind ON parent(kind)"
    )
    assert evidence(tmp_path, script, Declared.of([RenameTable("p", "parent")])) == [
        "table c: foreign key on pid changed: expected as the declared renames leave it "
        "(references parent (id) on update NO ACTION on delete CASCADE), after (references p (id) on update NO ACTION on delete CASCADE), "
        'not declared: declare it in CHANGES: ChangeConstraint("c", "foreign key", column="pid")',
        "table parent: check on kind removed: before (kind in ('a', 'b')), after none, not "
        'declared: declare it in CHANGES: DropConstraint("parent", "check", column="kind")',
    ]


def test_an_undeclared_table_rename_suggests_the_declaration(tmp_path):
    problems = evidence(tmp_path, "ALTER TABLE p RENAME TO parent", Declared())
    assert problems[:1] == [
        'table p dropped (2 rows), not declared: declare it in CHANGES: RenameTable("p", "parent")'
    ]


def test_an_undeclared_column_rename_suggests_the_declaration(tmp_path):
    problems = evidence(tmp_path, "ALTER TABLE p RENAME COLUMN kind TO category", Declared())
    assert problems[0] == (
        "column p.kind dropped, not declared: "
        'declare it in CHANGES: RenameColumn("p", "kind", "category")'
    )
