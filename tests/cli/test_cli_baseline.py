"""``edi-migrate baseline DB --version N``: adopt a database the app made before the
runner, through the real command on a project that is not EDI's."""

from __future__ import annotations

import pytest

from edi_migrations import current_version
from edi_migrations.harness.dbstate import file_bytes
from tests.bookmarks_chain import app_database, user_content, write_chain
from tests.support import run_cli


@pytest.fixture
def project(tmp_path):
    write_chain(tmp_path / "migrations")
    app_database(tmp_path / "app.db")
    return tmp_path


def test_baseline_records_the_version_and_says_what_it_did(project):
    db, chain = project / "app.db", project / "migrations"
    before = user_content(db)
    done = run_cli("baseline", db, "--version", "3", "--migrations-dir", chain)
    assert done.returncode == 0, done.stderr
    assert f"{db}: baselined at v3" in done.stdout
    assert "0001_users, 0002_bookmarks, 0003_read_flag" in done.stdout
    assert user_content(db) == before
    assert current_version(db, chain) == 3
    upgraded = run_cli("upgrade", db, "--migrations-dir", chain, "--no-backup")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "0004_tags: v3 -> v4" in upgraded.stdout


def test_status_of_an_unrecorded_database_says_the_baseline_command(project):
    db, chain = project / "app.db", project / "migrations"
    before = file_bytes(db)
    result = run_cli("status", db, "--migrations-dir", chain)
    assert result.returncode == 1
    assert f"edi-migrate baseline {db} --version 3 --migrations-dir {chain}" in result.stderr
    assert "EDI" not in result.stderr
    assert file_bytes(db) == before


def test_a_differing_schema_is_refused_listing_the_differences(project):
    db, chain = project / "app.db", project / "migrations"
    before = file_bytes(db)
    result = run_cli("baseline", db, "--version", "4", "--migrations-dir", chain)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "table tags is missing" in result.stderr
    assert "its schema is v3's" in result.stderr
    assert file_bytes(db) == before


def test_a_second_baseline_is_refused(project):
    db, chain = project / "app.db", project / "migrations"
    assert run_cli("baseline", db, "--version", "3", "--migrations-dir", chain).returncode == 0
    again = run_cli("baseline", db, "--version", "3", "--migrations-dir", chain)
    assert again.returncode == 1
    assert "already under the runner" in again.stderr


def test_baseline_needs_a_version(project):
    result = run_cli("baseline", project / "app.db", "--migrations-dir", project / "migrations")
    assert result.returncode == 2
    assert "--version" in result.stderr
