"""A migration that attaches another database file, as a newcomer archives old rows:
``ATTACH DATABASE 'archive.db' AS arch``, a write to it, ``DETACH``. The attached file is
outside everything the runner promises (its backup, its version, its rollback, the
harness's checks), and its relative name opens a file wherever the process happens to
run. The runner refuses it at the ATTACH, before the file is opened: rolled back, the
database byte-identical, no file created, the message naming the migration, the
statement and why. The same archive kept as a table of the database is the control.
On a shop's chain, not EDI's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version, init, upgrade
from edi_migrations.errors import RolledBack
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.runner.attach_refusal import AttachRefused
from edi_migrations.sqlite.dbapi import sqlite3

ORDERS = '''"""Orders of a shop."""


def upgrade(conn):
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, placed TEXT, total REAL)")
'''
ATTACHES = '''"""Old orders move to an archive file."""


def upgrade(conn):
    conn.execute("ATTACH DATABASE 'archive.db' AS arch")
    conn.execute("CREATE TABLE IF NOT EXISTS arch.orders (id INTEGER PRIMARY KEY, placed TEXT)")
    conn.execute("INSERT OR IGNORE INTO arch.orders SELECT id, placed FROM orders")
    conn.execute("DETACH DATABASE arch")
'''
IN_A_SCRIPT = '''"""Old orders move to an archive file, in one script."""


def upgrade(conn):
    conn.executescript("""
        -- the archive lives beside the app's database
        attach   'archive.db' as arch;
        CREATE TABLE IF NOT EXISTS arch.orders (id INTEGER PRIMARY KEY, placed TEXT);
    """)
'''
IN_A_TABLE = '''"""Old orders move to an archive table of the same database."""


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS archived_orders (id INTEGER PRIMARY KEY, placed TEXT)")
    conn.execute("INSERT OR IGNORE INTO archived_orders SELECT id, placed FROM orders")
'''


def at_v1(tmp_path: Path, second: str) -> tuple[Path, Path]:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_orders.py").write_text(ORDERS, encoding="utf-8")
    (folder / "0002_archive.py").write_text(second, encoding="utf-8")
    db = tmp_path / "shop.db"
    init(db, to=1, migrations_dir=folder)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO orders (placed, total) VALUES ('2019-01-02', 3.5)")
    conn.close()
    return folder, db


@pytest.mark.parametrize(
    ("second", "statement"),
    [
        (ATTACHES, "ATTACH DATABASE 'archive.db' AS arch"),
        (IN_A_SCRIPT, "attach   'archive.db' as arch"),
    ],
    ids=["execute", "executescript"],
)
def test_a_migration_attaching_a_file_is_refused_before_it_opens_it(
    tmp_path, monkeypatch, second, statement
):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    folder, db = at_v1(tmp_path, second)
    before = file_bytes(db)
    with pytest.raises(AttachRefused) as refused:
        upgrade(db, migrations_dir=folder, backup=False)
    message = str(refused.value)
    assert isinstance(refused.value, RolledBack)
    assert f"{db}: migration 0002_archive attaches another database file ({statement});" in message
    assert "rolled back, database still at v1" in message
    assert "outside the runner's backup, transaction and checks" in message
    assert "keep the rows in a table of this database" in message
    assert "locked" not in message and "EDI" not in message
    assert file_bytes(db) == before
    assert list(work.iterdir()) == []
    assert not (folder / "archive.db").exists() and not (tmp_path / "archive.db").exists()


def test_the_archive_kept_as_a_table_of_the_database_upgrades(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    folder, db = at_v1(tmp_path, IN_A_TABLE)
    upgrade(db, migrations_dir=folder, backup=False)
    assert current_version(db, folder) == 2
    assert list(work.iterdir()) == []
