"""A table keyed by its rowid (``id INTEGER PRIMARY KEY``) copied without its ids keeps
its old dangling references: they are not new.

Authelia's rebuilds copy rows without their ``id`` (``INSERT INTO t (columns but id)
SELECT ... ORDER BY id``), and its downs keep only some rows, so every row after the
first one left out moves to a smaller id. An INTEGER PRIMARY KEY is the rowid itself:
it cannot say which row is which across such a copy, so the rows holding one dangling
value are counted, as in a table with no key; one row more than before is still new.

A chain that is not the EDI app's nor Authelia's (grants and the tokens issued under
them), run with the real ``edi-migrate`` command on real files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import run_cli

INITIAL = '''"""Grants and the tokens issued under them."""


def upgrade(conn):
    conn.execute("CREATE TABLE grants (code TEXT PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "grant_code TEXT REFERENCES grants(code), expired INTEGER NOT NULL DEFAULT 0)"
    )
'''

# Expired tokens purged by a rebuild that copies the others without their ids.
PURGE = '''"""Expired tokens purged; the table rebuilt, its rows copied without their ids."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE new_tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "grant_code TEXT REFERENCES grants(code), expired INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute(
        "INSERT INTO new_tokens (grant_code, expired) "
        "SELECT grant_code, expired FROM tokens WHERE expired = 0 ORDER BY id"
    )
    conn.execute("DROP TABLE tokens")
    conn.execute("ALTER TABLE new_tokens RENAME TO tokens")
{more}'''


def write_chain(folder: Path, more: str = "") -> Path:
    folder.mkdir()
    (folder / "0001_initial.py").write_text(INITIAL)
    (folder / "0002_purge.py").write_text(PURGE.format(more=more))
    return folder


def v1_database(path: Path, chain: Path) -> Path:
    """v1 as an app that never enforced its keys left it: token 4 names a grant that is
    gone; tokens 1 and 2 are expired, so the purge moves token 4 to id 2."""
    result = run_cli("--migrations-dir", chain, "init", path, "--to", "1")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(path)
    conn.executescript(
        "INSERT INTO grants VALUES ('g1'), ('g2');"
        "INSERT INTO tokens (grant_code, expired) VALUES "
        "('g1', 1), ('g2', 1), ('g1', 0), ('revoked', 0), ('g2', 0);"
    )
    conn.commit()
    conn.close()
    return path


def test_an_old_dangling_token_moved_to_another_id_is_not_new(tmp_path):
    chain = write_chain(tmp_path / "chain")
    db = v1_database(tmp_path / "app.db", chain)
    result = run_cli("--migrations-dir", chain, "upgrade", db, "--no-backup")
    assert result.returncode == 0, result.stderr
    assert current_version(db, migrations_dir=chain) == 2


NEW = {
    "a second token takes the dangling value": (
        "    conn.execute(\"UPDATE tokens SET grant_code = 'revoked' WHERE id = 3\")\n"
    ),
    "a token dangles with another value": (
        "    conn.execute(\"UPDATE tokens SET grant_code = 'elsewhere' WHERE id = 1\")\n"
    ),
}


@pytest.mark.parametrize("more", NEW.values(), ids=NEW.keys())
def test_a_token_that_newly_dangles_is_still_refused(tmp_path, more):
    chain = write_chain(tmp_path / "chain", more)
    db = v1_database(tmp_path / "app.db", chain)
    before = file_bytes(db)
    result = run_cli("--migrations-dir", chain, "upgrade", db, "--no-backup")
    assert result.returncode != 0
    assert "migration 0002_purge left 1 new foreign-key violation(s)" in result.stderr
    assert "tokens rowid" in result.stderr and "-> grants" in result.stderr
    assert file_bytes(db) == before
