"""``constraints_kept`` on real files: a constraint removed or changed without a declaration
is evidence naming table, column and the constraint before and after; one added is not."""

from __future__ import annotations

import pytest

from edi_migrations.changes import ChangeConstraint, DropConstraint
from edi_migrations.harness.invariants.compare import Declared, snapshot
from edi_migrations.harness.invariants.constraints import constraints_kept
from edi_migrations.sqlite.dbapi import sqlite3

PARENT = "CREATE TABLE p (id TEXT PRIMARY KEY)"
BASE = (
    "id INTEGER PRIMARY KEY, "
    "pid TEXT REFERENCES p(id) ON DELETE CASCADE, "
    "status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')), "
    "name TEXT COLLATE NOCASE UNIQUE"
)


def rebuilt(definition: str) -> str:
    return (
        f"CREATE TABLE t_new ({definition}); INSERT INTO t_new SELECT * FROM t; "
        "DROP TABLE t; ALTER TABLE t_new RENAME TO t"
    )


def evidence(tmp_path, script: str, declared: Declared | None = None) -> list[str]:
    path = tmp_path / "c.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(f"{PARENT}; CREATE TABLE t ({BASE}); INSERT INTO p VALUES ('s');")
        conn.execute("INSERT INTO t VALUES (1, 's', 'new', 'a')")
    conn.close()
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(script)
    conn.close()
    return constraints_kept(before, snapshot(path), declared or Declared())


LOST = {
    "check": (
        BASE.replace(" CHECK (status IN ('new', 'done'))", ""),
        "table t: check on status removed: before (status in ('new', 'done')), after none, "
        'not declared: declare it in CHANGES: DropConstraint("t", "check", column="status")',
    ),
    "check widened": (
        BASE.replace("'done')", "'done', 'old')"),
        "table t: check on status changed: before (status in ('new', 'done')), after "
        "(status in ('new', 'done', 'old')), not declared: "
        'declare it in CHANGES: ChangeConstraint("t", "check", column="status")',
    ),
    "not null": (
        BASE.replace("status TEXT NOT NULL", "status TEXT"),
        "table t: not null on status removed: before (not null), after none, not declared: "
        'declare it in CHANGES: DropConstraint("t", "not null", column="status")',
    ),
    "default": (
        BASE.replace("DEFAULT 'new'", "DEFAULT 'done'"),
        "table t: default on status changed: before ('new'), after ('done'), not declared: "
        'declare it in CHANGES: ChangeConstraint("t", "default", column="status")',
    ),
    "unique": (
        BASE.replace(" UNIQUE", ""),
        "table t: unique on name removed: before (unique name collate nocase), after none, not declared: "
        'declare it in CHANGES: DropConstraint("t", "unique", column="name")',
    ),
    "collate": (
        BASE.replace(" COLLATE NOCASE", ""),
        "table t: collate on name removed: before (nocase), after none, not declared: "
        'declare it in CHANGES: DropConstraint("t", "collate", column="name")',
    ),
    "primary key": (
        BASE.replace("id INTEGER PRIMARY KEY", "id INTEGER"),
        "table t: primary key on id removed: before (primary key 1), after none, not declared: "
        'declare it in CHANGES: DropConstraint("t", "primary key", column="id")',
    ),
    "foreign-key action": (
        BASE.replace(" ON DELETE CASCADE", ""),
        "table t: foreign key on pid changed: before (references p (id) on update NO ACTION "
        "on delete CASCADE), after (references p (id) on update NO ACTION on delete NO ACTION), "
        'not declared: declare it in CHANGES: ChangeConstraint("t", "foreign key", column="pid")',
    ),
}


@pytest.mark.parametrize("definition, line", LOST.values(), ids=LOST.keys())
def test_a_constraint_lost_in_a_rebuild_is_evidence(tmp_path, definition, line):
    problems = evidence(tmp_path, rebuilt(definition))
    assert problems[0] == line
    # only the collation also changes another constraint: the UNIQUE on that column
    assert len(problems) == (2 if "COLLATE" not in definition else 1)


ADDED = {
    "check": BASE.replace("name TEXT", "name TEXT CHECK (length(name) < 9)"),
    "not null": BASE.replace("pid TEXT", "pid TEXT NOT NULL"),
    "default": BASE.replace("name TEXT", "name TEXT DEFAULT 'x'"),
    "unique index": BASE,
}


@pytest.mark.parametrize("definition", ADDED.values(), ids=ADDED.keys())
def test_a_constraint_added_needs_no_declaration(tmp_path, definition):
    assert evidence(tmp_path, rebuilt(definition) + "; CREATE UNIQUE INDEX u ON t(pid)") == []


def test_a_unique_constraint_kept_as_a_unique_index_is_no_change(tmp_path):
    script = rebuilt(BASE.replace(" UNIQUE", "")) + "; CREATE UNIQUE INDEX u ON t(name)"
    assert evidence(tmp_path, script) == []


def test_a_unique_index_dropped_is_a_unique_constraint_removed(tmp_path):
    path_script = "CREATE UNIQUE INDEX u ON t(pid); DROP INDEX u"
    assert evidence(tmp_path, path_script) == []  # added and dropped within the path
    path = tmp_path / "u.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(f"{PARENT}; CREATE TABLE t ({BASE}); CREATE UNIQUE INDEX u ON t(pid)")
    conn.close()
    before = snapshot(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX u")
    conn.close()
    assert constraints_kept(before, snapshot(path), Declared()) == [
        "table t: unique on pid removed: before (unique), after none, not declared: "
        'declare it in CHANGES: DropConstraint("t", "unique", column="pid")'
    ]


@pytest.mark.parametrize(
    "declaration",
    [
        ChangeConstraint("t", "check", "status"),
        ChangeConstraint("t", "check"),
        DropConstraint("t", "check", "status"),
    ],
    ids=["change-on-column", "change-any-of-kind", "drop"],
)
def test_a_declared_removal_passes(tmp_path, declaration):
    script = rebuilt(BASE.replace(" CHECK (status IN ('new', 'done'))", ""))
    assert evidence(tmp_path, script, Declared.of([declaration])) == []


def test_a_declared_drop_does_not_allow_a_change(tmp_path):
    script = rebuilt(BASE.replace("'done')", "'done', 'old')"))
    problems = evidence(tmp_path, script, Declared.of([DropConstraint("t", "check", "status")]))
    assert [p.split(":")[:2] for p in problems] == [["table t", " check on status changed"]]


def test_a_declaration_on_another_column_does_not_cover_it(tmp_path):
    script = rebuilt(BASE.replace(" CHECK (status IN ('new', 'done'))", ""))
    assert evidence(tmp_path, script, Declared.of([ChangeConstraint("t", "check", "name")])) != []
