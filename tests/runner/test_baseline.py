"""``baseline``: a database made before the project adopted the runner, brought under it.

Its schema must be version N's fresh install (the comparison ``verify`` makes); then
versions 1..N are recorded as baselined in one transaction and the user's tables are
left exactly as they were. Anything else is refused, the file untouched.
"""

from __future__ import annotations

from contextlib import closing

import pytest

import edi_migrations
from edi_migrations import baseline, current_version, init, upgrade
from edi_migrations.errors import (
    AlreadyUnderRunner,
    BaselineMismatch,
    Refused,
    UnknownVersion,
    UnrecordedDatabase,
)
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.runner.bookkeeping import logged_runs
from edi_migrations.runner.verify import verify
from edi_migrations.sqlite.dbapi import sqlite3
from tests.bookmarks_chain import app_database, user_content, write_chain


def schema_text(path):
    with closing(sqlite3.connect(path)) as conn:
        return edi_migrations.schema_of(conn)


@pytest.fixture
def chain(tmp_path):
    return write_chain(tmp_path / "migrations")


@pytest.fixture
def app_db(tmp_path):
    return app_database(tmp_path / "bookmarks.db")


def test_baseline_is_public():
    assert "baseline" in edi_migrations.__all__


def test_a_database_at_a_versions_schema_is_recorded_at_it_with_its_rows_untouched(chain, app_db):
    before = user_content(app_db)
    done = baseline(app_db, 3, migrations_dir=chain)
    assert (done.version, done.migrations) == (
        3,
        ("0001_users", "0002_bookmarks", "0003_read_flag"),
    )
    assert user_content(app_db) == before
    assert current_version(app_db, chain) == 3
    assert verify(app_db, chain) == []


def test_the_log_names_each_baselined_migration_and_the_versions_say_baseline(chain, app_db):
    baseline(app_db, 3, migrations_dir=chain)
    with closing(sqlite3.connect(app_db)) as conn, conn:
        runs = logged_runs(conn)
        notes = [r[0] for r in conn.execute("SELECT migration_notes FROM schema_version")]
    assert [(r[0], r[1], r[2], r[3]) for r in runs] == [
        ("0001_users", "v0", "v1", "completed"),
        ("0002_bookmarks", "v1", "v2", "completed"),
        ("0003_read_flag", "v2", "v3", "completed"),
    ]
    assert len(notes) == 3 and all(n.startswith("baseline") for n in notes)


def test_a_baselined_database_upgrades_like_one_the_runner_made(chain, app_db, tmp_path):
    baseline(app_db, 3, migrations_dir=chain)
    upgrade(app_db, migrations_dir=chain, backup=False)
    made = tmp_path / "made.db"
    init(made, migrations_dir=chain)
    assert current_version(app_db, chain) == 4
    assert verify(app_db, chain) == []
    assert schema_text(app_db) == schema_text(made)


def test_a_schema_that_is_not_the_versions_is_refused_with_every_difference(chain, app_db):
    with closing(sqlite3.connect(app_db)) as conn, conn:
        conn.execute("DROP INDEX bookmarks_by_user")
        conn.execute("ALTER TABLE users ADD COLUMN nickname TEXT")
    before = file_bytes(app_db)
    with pytest.raises(BaselineMismatch) as refused:
        baseline(app_db, 3, migrations_dir=chain)
    message = str(refused.value)
    assert str(app_db) in message and "v3" in message
    assert "index bookmarks_by_user is missing" in message
    assert "unexpected column users.nickname" in message
    assert isinstance(refused.value, Refused)
    assert file_bytes(app_db) == before


def test_the_wrong_version_is_refused_naming_the_one_that_matches(chain, app_db):
    before = file_bytes(app_db)
    with pytest.raises(BaselineMismatch, match=r"its schema is v3's: `edi-migrate baseline"):
        baseline(app_db, 2, migrations_dir=chain)
    assert file_bytes(app_db) == before


def test_a_database_already_under_the_runner_is_refused(chain, tmp_path):
    db = tmp_path / "runner.db"
    init(db, to=3, migrations_dir=chain)
    before = file_bytes(db)
    with pytest.raises(AlreadyUnderRunner, match=r"records v3.*edi-migrate upgrade"):
        baseline(db, 3, migrations_dir=chain)
    assert file_bytes(db) == before


@pytest.mark.parametrize("version", [0, 5])
def test_a_version_the_chain_does_not_have_is_refused(chain, app_db, version):
    with pytest.raises(UnknownVersion, match=rf"v{version}"):
        baseline(app_db, version, migrations_dir=chain)


def test_an_unrecorded_database_at_a_versions_schema_is_told_to_baseline(chain, app_db):
    before = file_bytes(app_db)
    with pytest.raises(UnrecordedDatabase) as refused:
        upgrade(app_db, migrations_dir=chain)
    message = str(refused.value)
    assert f"edi-migrate baseline {app_db} --version 3 --migrations-dir {chain}" in message
    assert "EDI" not in message
    assert file_bytes(app_db) == before


def test_init_on_such_a_database_is_told_to_baseline_too(chain, app_db):
    with pytest.raises(UnrecordedDatabase, match="--version 3"):
        init(app_db, migrations_dir=chain)
