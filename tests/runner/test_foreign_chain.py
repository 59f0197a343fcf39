"""A database migrated by another chain is refused as such, never advised to upgrade the
package or to pass ``--allow-drift``; a newer database of the same chain is told to use
the migrations that made it."""

from __future__ import annotations

import pytest

from edi_migrations import current_version, downgrade, init, inspect, upgrade
from edi_migrations.errors import ForeignChain, UnknownVersion
from edi_migrations.harness.dbstate import file_bytes
from tests.bookmarks_chain import write_chain


@pytest.fixture
def bookmarks_db(tmp_path):
    chain = write_chain(tmp_path / "bookmarks")
    db = tmp_path / "bookmarks.db"
    init(db, migrations_dir=chain)
    return db


@pytest.mark.parametrize("run", ["inspect", "upgrade"])
def test_a_database_of_another_chain_is_refused_naming_its_migrations(bookmarks_db, run):
    before = file_bytes(bookmarks_db)
    with pytest.raises(ForeignChain) as refused:
        inspect(bookmarks_db) if run == "inspect" else upgrade(bookmarks_db)
    message = str(refused.value)
    assert "migrated by another chain: 0001_users, 0002_bookmarks, 0003_read_flag" in message
    assert "pass --migrations-dir" in message
    for misleading in ("upgrade edi-migrations", "--allow-drift", "EDI"):
        assert misleading not in message
    assert file_bytes(bookmarks_db) == before


def test_a_chain_with_fewer_migrations_of_another_project_is_refused_too(bookmarks_db, tmp_path):
    other = write_chain(tmp_path / "other", upto=2)
    for path in other.glob("000*.py"):
        path.rename(path.with_name(path.name.replace("_", "_old_", 1)))
    with pytest.raises(ForeignChain, match="0001_users"):
        inspect(bookmarks_db, other)


def test_a_newer_database_of_the_same_chain_is_told_to_use_the_migrations_that_made_it(
    bookmarks_db, tmp_path
):
    older = write_chain(tmp_path / "checkout", upto=2)
    with pytest.raises(UnknownVersion) as refused:
        inspect(bookmarks_db, older)
    message = str(refused.value)
    assert "v4" in message and str(older) in message and "--migrations-dir" in message
    assert "upgrade edi-migrations" not in message


def test_a_migration_downgraded_then_replaced_is_not_another_chain(bookmarks_db, tmp_path):
    """Control: a developer backs out 0004, deletes it and writes another 0004."""
    chain = tmp_path / "bookmarks"
    downgrade(bookmarks_db, 3, chain, backup=False)
    (chain / "0004_tags.py").unlink()
    (chain / "0004_labels.py").write_text(
        '"""Labels."""\n\n\ndef upgrade(conn):\n'
        '    conn.execute("CREATE TABLE labels (id INTEGER PRIMARY KEY)")\n'
    )
    assert current_version(bookmarks_db, chain) == 3
    upgrade(bookmarks_db, migrations_dir=chain, backup=False)
    assert current_version(bookmarks_db, chain) == 4
