"""Round sixteen: a ledger app that versioned its file with ``PRAGMA user_version`` adopts
the runner. Its last hand-written step was a data fix (currency codes upper-cased), so
v4's and v5's fresh installs have the same schema: a file the old code left at
user_version 4 never had the fix, and baselining it at v5 would skip it for good."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support import run_cli

STEPS = {
    "0001_accounts.py": 'conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")\n'
    '    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, currency TEXT NOT NULL)")',
    "0002_entries_index.py": 'conn.execute("CREATE INDEX entries_currency ON entries (currency)")',
    "0003_posted.py": 'conn.execute("ALTER TABLE entries ADD COLUMN posted INT NOT NULL DEFAULT 0")',
    "0004_memo.py": 'conn.execute("ALTER TABLE entries ADD COLUMN memo TEXT")',
    "0005_currency_upper_case.py": 'conn.execute("UPDATE entries SET currency = upper(currency)")',
}


def write_chain(folder: Path) -> Path:
    folder.mkdir()
    for name, body in STEPS.items():
        (folder / name).write_text(f'"""A ledger step."""\n\n\ndef upgrade(conn):\n    {body}\n')
    return folder


def old_app_file(path: Path, chain: Path, user_version: int) -> Path:
    """What the app's hand-written upgrade left: its steps up to ``user_version``."""
    conn = sqlite3.connect(path)
    for number, name in enumerate(sorted(STEPS), start=1):
        if number <= user_version:
            namespace: dict = {}
            exec((chain / name).read_text(), namespace)  # noqa: S102 - the step's own text
            namespace["upgrade"](conn)
    conn.execute("INSERT INTO entries (currency) VALUES ('eur')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def chain(tmp_path):
    return write_chain(tmp_path / "migrations")


def test_a_file_before_the_data_fix_is_advised_the_version_its_user_version_says(tmp_path, chain):
    db = old_app_file(tmp_path / "at4.db", chain, 4)
    result = run_cli("status", db, "--migrations-dir", chain)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "v4 and v5 alike" in line, line
    assert "0005_currency_upper_case changes only data" in line, line
    assert "PRAGMA user_version is 4" in line, line
    assert f"edi-migrate baseline {db} --version 4 --migrations-dir {chain}" in line, line
    assert "EDI" not in line


def test_a_file_after_the_data_fix_is_advised_its_own_version(tmp_path, chain):
    db = old_app_file(tmp_path / "at5.db", chain, 5)
    result = run_cli("status", db, "--migrations-dir", chain)
    assert result.returncode == 1
    assert f"edi-migrate baseline {db} --version 5 --migrations-dir {chain}" in result.stderr


def test_without_a_user_version_the_newest_is_advised_naming_the_lower_one(tmp_path, chain):
    """No record says whether the fix ran: the newest, as before, and the words say which
    version runs it (a fix not safe to repeat must not run twice)."""
    db = old_app_file(tmp_path / "at0.db", chain, 5)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    result = run_cli("upgrade", db, "--migrations-dir", chain)
    assert result.returncode == 1
    assert "v4 and v5 alike" in result.stderr
    assert "at v5 they never run on it, so adopt it at v4 if its data never had them" in (
        result.stderr
    )
    assert f"--version 5 --migrations-dir {chain}" in result.stderr


def test_a_schema_no_other_version_shares_is_advised_as_before(tmp_path, chain):
    db = old_app_file(tmp_path / "at3.db", chain, 3)
    result = run_cli("status", db, "--migrations-dir", chain)
    assert result.returncode == 1
    assert "its schema is v3's fresh install" in result.stderr
    assert "alike" not in result.stderr
    assert f"edi-migrate baseline {db} --version 3 --migrations-dir {chain}" in result.stderr


def test_baseline_past_the_data_fix_its_user_version_says_it_lacks_is_refused(tmp_path, chain):
    db = old_app_file(tmp_path / "at4.db", chain, 4)
    before = db.read_bytes()
    result = run_cli("baseline", db, "--version", "5", "--migrations-dir", chain)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1, line
    assert "PRAGMA user_version is 4" in line, line
    assert "0005_currency_upper_case would never run on it" in line, line
    assert f"edi-migrate baseline {db} --version 4 --migrations-dir {chain}" in line, line
    assert "nothing recorded, file left unchanged" in line
    assert db.read_bytes() == before


def test_baseline_at_the_version_its_user_version_says_records_it(tmp_path, chain):
    db = old_app_file(tmp_path / "at4.db", chain, 4)
    done = run_cli("baseline", db, "--version", "4", "--migrations-dir", chain)
    assert done.returncode == 0, done.stderr
    upgraded = run_cli("upgrade", db, "--migrations-dir", chain, "--no-backup")
    assert upgraded.returncode == 0, upgraded.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT currency FROM entries").fetchall() == [("EUR",)]
    conn.close()


def test_a_mismatched_baseline_names_the_version_its_user_version_says(tmp_path, chain):
    db = old_app_file(tmp_path / "at4.db", chain, 4)
    result = run_cli("baseline", db, "--version", "3", "--migrations-dir", chain)
    assert result.returncode == 1
    assert f"edi-migrate baseline {db} --version 4 --migrations-dir {chain}" in result.stderr
