"""Each lint rule: a migration that breaks it is found, the same work done right is
not, and an acknowledged finding is reported without failing. Real migrations, traced
by the real runner on a fresh install."""

from __future__ import annotations

from contextlib import closing

import pytest

from edi_migrations import init
from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.lint.errors import BadAcknowledgement
from edi_migrations.lint.floor import floor_of
from edi_migrations.lint.rules import RULES
from edi_migrations.lint.run import lint_folder
from edi_migrations.sqlite.dbapi import sqlite3
from tests.lint_support import CHILD, PARENT, write_chain

HAND_REBUILD_CHILD = f"""
conn.execute("DROP VIEW child_names")
conn.execute("CREATE TABLE _new_child ({CHILD})")
conn.execute("INSERT INTO _new_child SELECT id, parent_id, note FROM child")
conn.execute("DROP TABLE child")
conn.execute("ALTER TABLE _new_child RENAME TO child")
"""
RECREATE = """
conn.execute("CREATE INDEX idx_child_parent ON child(parent_id)")
conn.execute("CREATE TRIGGER child_touched AFTER UPDATE ON child BEGIN SELECT 1; END")
conn.execute("CREATE VIEW child_names AS SELECT c.id, p.name FROM child c JOIN parent p ON p.id = c.parent_id")
"""
RENAME_FIRST_PARENT = f"""
conn.execute("ALTER TABLE parent RENAME TO parent_old")
conn.execute("CREATE TABLE parent ({PARENT})")
conn.execute("INSERT INTO parent SELECT id, coalesce(name, ''), code FROM parent_old")
conn.execute("DROP TABLE parent_old")
conn.execute("CREATE UNIQUE INDEX idx_parent_code ON parent(code)")
"""
RIGHT_REBUILD_PARENT = f'rebuild_tables(conn, [NewTable("parent", "{PARENT}")])'
RIGHT_REBUILD_CHILD = f'rebuild_tables(conn, [NewTable("child", "{CHILD}")])'

BREAKS = [
    ("EM101", RENAME_FIRST_PARENT, {"EM101", "EM110"}),  # the child points at parent_old
    ("EM102", HAND_REBUILD_CHILD, {"EM102"}),
    (
        "EM103",
        HAND_REBUILD_CHILD.replace(
            'conn.execute("DROP TABLE',
            'conn.execute("PRAGMA foreign_keys = ON")\nconn.execute("DROP TABLE',
        )
        + RECREATE,
        {"EM103"},
    ),
    ("EM104", 'conn.execute("PRAGMA foreign_keys = OFF")', {"EM104"}),
    (
        "EM105",
        'conn.execute("ALTER TABLE child ADD COLUMN seen TEXT DEFAULT CURRENT_TIMESTAMP")',
        {"EM105"},
    ),
    (
        "EM105",
        "conn.execute(\"ALTER TABLE child ADD COLUMN seen TEXT DEFAULT (datetime('now'))\")",
        {"EM105"},
    ),
    ("EM105", 'conn.execute("ALTER TABLE child ADD COLUMN n INT DEFAULT (1 + 1)")', {"EM105"}),
    ("EM106", 'conn.execute("ALTER TABLE child ADD COLUMN flag INT NOT NULL")', {"EM106"}),
    (
        "EM106",
        'conn.execute("ALTER TABLE child ADD COLUMN flag INT NOT NULL DEFAULT NULL")',
        {"EM106"},
    ),
    ("EM107", 'conn.execute("CREATE UNIQUE INDEX idx_parent_name ON parent(name)")', {"EM107"}),
    ("EM108", 'conn.execute("VACUUM")', {"EM108"}),
    ("EM109", 'conn.execute("PRAGMA legacy_alter_table = ON")', {"EM109"}),
    ("EM110", 'conn.execute("DROP TABLE parent")', {"EM110"}),
    ("EM115", 'conn.execute("PRAGMA journal_mode = WAL")', {"EM115"}),
    ("EM117", "conn.execute(\"ATTACH DATABASE 'archive.db' AS arch\")", {"EM117"}),
]

CONTROLS = [
    ("EM101", RIGHT_REBUILD_PARENT),
    ("EM102", HAND_REBUILD_CHILD + RECREATE),
    ("EM102", RIGHT_REBUILD_CHILD),
    ("EM103", HAND_REBUILD_CHILD + RECREATE),
    ("EM104", 'assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0'),
    ("EM105", "conn.execute(\"ALTER TABLE child ADD COLUMN seen TEXT DEFAULT '2024-01-01'\")"),
    ("EM105", 'conn.execute("ALTER TABLE child ADD COLUMN n INT DEFAULT (-1)")'),
    (
        "EM105",
        'conn.execute("CREATE TABLE fresh (id INTEGER PRIMARY KEY)")\n'
        'conn.execute("ALTER TABLE fresh ADD COLUMN seen TEXT DEFAULT CURRENT_TIMESTAMP")',
    ),
    ("EM106", 'conn.execute("ALTER TABLE child ADD COLUMN flag INT NOT NULL DEFAULT 0")'),
    (
        "EM106",
        'conn.execute("ALTER TABLE child ADD COLUMN flag INT DEFAULT 0 CHECK (flag IS NOT NULL)")',
    ),
    (
        "EM107",
        'conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT)")\n'
        'conn.execute("CREATE UNIQUE INDEX idx_tags_name ON tags(name)")',
    ),
    ("EM107", RIGHT_REBUILD_PARENT),  # idx_parent_code comes back over the same rows
    ("EM108", 'conn.execute("ANALYZE")'),
    ("EM109", 'conn.execute("ALTER TABLE child RENAME COLUMN note TO remark")'),
    ("EM110", 'conn.execute("DROP VIEW child_names")\nconn.execute("DROP TABLE child")'),
    (
        "EM110",
        'conn.execute("DROP VIEW child_names")\n'
        'conn.execute("DROP TABLE child")\nconn.execute("DROP TABLE parent")',
    ),
    ("EM115", 'assert conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"'),
    ("EM117", 'conn.execute("CREATE TABLE archived_child AS SELECT * FROM child")'),
]


def findings_of(tmp_path, body, header="", floor=None):
    result = lint_folder(write_chain(tmp_path, body, header), floor)
    return result, [f for f in result.findings if f.migration == "0002_under_test"]


@pytest.mark.parametrize(("rule", "body", "codes"), BREAKS)
def test_a_migration_breaking_a_rule_is_found(tmp_path, rule, body, codes):
    result, found = findings_of(tmp_path, body)
    assert {f.code for f in found} == codes
    assert not result.clean


@pytest.mark.parametrize(("rule", "body"), CONTROLS)
def test_the_same_work_done_right_is_not_found_even_at_the_floor(tmp_path, rule, body):
    result, found = findings_of(tmp_path, body, floor=floor_of("3.31"))
    assert found == [] and result.failed is None
    assert result.clean


def test_the_base_schema_of_these_specs_is_itself_clean(tmp_path):
    result = lint_folder(write_chain(tmp_path, ""), None)
    assert result.findings == () and result.clean


def test_every_rule_has_a_breaking_migration_and_a_control():
    codes = {r.code for r in RULES}
    assert {rule for rule, *_ in BREAKS} == codes
    assert {rule for rule, _ in CONTROLS} == codes


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ('conn.execute("DROP TABLE parent")', "parent is still referenced by child"),
        (
            'conn.execute("ALTER TABLE child ADD COLUMN flag INT NOT NULL")',
            "child.flag is NOT NULL",
        ),
        (
            'conn.execute("CREATE UNIQUE INDEX u ON parent(name)")',
            "UNIQUE index u over the existing rows of parent",
        ),
        (
            HAND_REBUILD_CHILD,
            "rebuilding child loses index idx_child_parent, trigger child_touched, view child_names",
        ),
        (RENAME_FIRST_PARENT, "parent is renamed to parent_old and then recreated"),
    ],
)
def test_a_finding_names_the_table_column_or_object(tmp_path, body, named):
    _, found = findings_of(tmp_path, body)
    assert any(named in f.detail for f in found), [f.detail for f in found]


def test_a_finding_carries_the_statement_the_why_and_the_fix(tmp_path):
    _, (finding,) = findings_of(tmp_path, 'conn.execute("DROP TABLE parent")')
    assert finding.statement == "DROP TABLE parent"
    assert finding.title == "DROP of a table other tables reference"
    assert "foreign_key_check" in finding.why and "recreate the table" in finding.fix


def test_a_migration_that_fails_on_the_fresh_install_is_still_linted(tmp_path):
    result, (finding,) = findings_of(tmp_path, 'conn.execute("VACUUM")')
    assert finding.code == "EM108"
    assert "0002_under_test" in result.failed and "VACUUM" in result.failed


def test_declared_drops_are_not_lost_objects(tmp_path):
    header = (
        'CHANGES = (DropObject("index", "idx_child_parent"), '
        'DropObject("trigger", "child_touched"), DropObject("view", "child_names"))'
    )
    _, found = findings_of(tmp_path, HAND_REBUILD_CHILD, header)
    assert found == []


ACK = 'LINT_ACKNOWLEDGED = {"EM107": "names were unique since v1: the app checked them"}'


def test_an_acknowledged_finding_is_reported_but_does_not_fail(tmp_path):
    body = 'conn.execute("CREATE UNIQUE INDEX idx_parent_name ON parent(name)")'
    result, (finding,) = findings_of(tmp_path, body, ACK)
    assert finding.code == "EM107"
    assert finding.acknowledged == "names were unique since v1: the app checked them"
    assert not finding.fails and result.clean


def test_an_acknowledgement_covers_only_its_own_rule(tmp_path):
    result, found = findings_of(tmp_path, 'conn.execute("DROP TABLE parent")', ACK)
    assert [(f.code, f.fails) for f in found] == [("EM110", True)]
    assert not result.clean


def test_the_floor_finding_can_be_acknowledged_too(tmp_path):
    header = 'LINT_ACKNOWLEDGED = {"EM001": "only run where SQLite is 3.35 or newer"}'
    body = 'conn.execute("ALTER TABLE child DROP COLUMN note")'
    result, (finding,) = findings_of(tmp_path, body, header, floor_of("3.31"))
    assert finding.code == "EM001" and not finding.fails and result.clean


@pytest.mark.parametrize(
    ("header", "error", "message"),
    [
        ('LINT_ACKNOWLEDGED = {"EM999": "why"}', BadAcknowledgement, "EM999.*no such rule"),
        ('LINT_ACKNOWLEDGED = {"EM107": "  "}', BadAcknowledgement, "EM107.*say why"),
        ('LINT_ACKNOWLEDGED = ["EM107"]', BadMigrationsFolder, "LINT_ACKNOWLEDGED must be a dict"),
    ],
)
def test_a_malformed_acknowledgement_is_refused_by_name(tmp_path, header, error, message):
    with pytest.raises(error, match=message):
        findings_of(tmp_path, "pass", header)


def test_drop_column_fails_floor_3_31_naming_3_35_and_passes_floor_3_35(tmp_path):
    migrations = write_chain(tmp_path, 'conn.execute("ALTER TABLE child DROP COLUMN note")')
    (finding,) = lint_folder(migrations, floor_of("3.31")).findings
    assert finding.migration == "0002_under_test"
    assert "DROP COLUMN needs SQLite 3.35.0; the declared floor is 3.31" in finding.detail
    assert lint_folder(migrations, floor_of("3.35")).clean


def test_why_em101_exists_the_rename_first_rebuild_points_the_child_at_the_dropped_copy(tmp_path):
    db = tmp_path / "real.db"
    init(db, migrations_dir=write_chain(tmp_path, RENAME_FIRST_PARENT))
    with closing(sqlite3.connect(db)) as conn:
        targets = {row[2] for row in conn.execute("PRAGMA foreign_key_list(child)")}
    assert targets == {"parent_old"}


def test_and_the_right_rebuild_keeps_it_on_the_table(tmp_path):
    db = tmp_path / "real.db"
    init(db, migrations_dir=write_chain(tmp_path, RIGHT_REBUILD_PARENT))
    with closing(sqlite3.connect(db)) as conn:
        targets = {row[2] for row in conn.execute("PRAGMA foreign_key_list(child)")}
    assert targets == {"parent"}
