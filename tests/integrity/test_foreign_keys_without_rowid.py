"""Foreign-key violations in a WITHOUT ROWID table, whose rows SQLite does not name:
the ones a database already had carry over, a new one is still refused."""

from __future__ import annotations

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import ForeignKeyViolation
from edi_migrations.integrity.violations import foreign_key_violations
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness_projects import add_migration

CHAIN = (
    "def upgrade(conn):\n"
    '    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY)")\n'
    '    conn.execute("CREATE TABLE links (a INT NOT NULL REFERENCES tags(id), '
    'b INT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID")\n'
)


@pytest.fixture
def chain(tmp_path):
    folder = tmp_path / "versions"
    folder.mkdir()
    add_migration(folder, "tags", CHAIN)
    return folder


@pytest.fixture
def db_with_one_orphan(tmp_path, chain):
    db = tmp_path / "app.db"
    init(db, migrations_dir=chain)
    with sqlite3.connect(db) as conn:  # foreign keys off, as SQLite leaves them
        conn.execute("INSERT INTO links VALUES (99, 1)")
    conn.close()
    return db


def test_each_violation_of_a_without_rowid_table_is_counted(db_with_one_orphan):
    with sqlite3.connect(db_with_one_orphan) as conn:
        conn.execute("INSERT INTO links VALUES (98, 2)")
        found = foreign_key_violations(conn)
    conn.close()
    assert found == {
        ("links", None, "tags", 0, ("without rowid", 1)),
        ("links", None, "tags", 0, ("without rowid", 2)),
    }


def test_a_step_that_keeps_the_old_orphan_passes(db_with_one_orphan, chain):
    add_migration(
        chain, "more", 'def upgrade(conn):\n    conn.execute("INSERT INTO tags VALUES (1)")\n'
    )
    upgrade(db_with_one_orphan, migrations_dir=chain, backup=False)


def test_a_step_that_adds_an_orphan_to_a_without_rowid_table_is_refused(db_with_one_orphan, chain):
    add_migration(
        chain,
        "orphan",
        'def upgrade(conn):\n    conn.execute("INSERT INTO links VALUES (97, 3)")\n',
    )
    with pytest.raises(ForeignKeyViolation):
        upgrade(db_with_one_orphan, migrations_dir=chain, backup=False)
