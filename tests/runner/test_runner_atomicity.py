"""A failing migration leaves the database exactly at the version before it."""

from __future__ import annotations

import re
import sys

import pytest

from edi_migrations import current_version, init, load_migrations, upgrade
from edi_migrations.errors import ForeignKeyViolation, MigrationFailed, TransactionEnded
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.harness.migration_folders import append_to_function

VERSIONS = [m.version for m in load_migrations()]


def database_before(path, version, folder):
    """A database at ``version`` - 1 (a new file for the first migration)."""
    if version == 1:
        path.touch()
    else:
        init(path, to=version - 1, migrations_dir=folder)
    return path


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: f"v{v - 1}->v{v}")
def test_failure_at_the_end_of_a_migration_rolls_it_back(version, migrations_copy, db_path):
    append_to_function(
        migrations_copy, version, "upgrade", "conn.execute('SELECT no_such_function()')"
    )
    database_before(db_path, version, migrations_copy)
    before = file_bytes(db_path)
    with pytest.raises(MigrationFailed) as failure:
        (init if version == 1 else upgrade)(db_path, migrations_dir=migrations_copy, backup=False)
    assert file_bytes(db_path) == before
    message = str(failure.value)
    assert f"migration {failure.value.migration} failed" in message
    assert re.match(rf"{version:04d}_", failure.value.migration)
    assert "SELECT no_such_function()" in message
    assert f"still at v{version - 1}" in message


def test_a_migration_that_commits_is_refused_and_rolled_back(migrations_copy, v1_db):
    append_to_function(migrations_copy, 2, "upgrade", "conn.commit()")
    before = file_bytes(v1_db)
    with pytest.raises(TransactionEnded, match="0002_session_metrics"):
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert file_bytes(v1_db) == before
    assert current_version(v1_db) == 1


def test_a_migration_that_executes_commit_is_refused(migrations_copy, v1_db):
    append_to_function(migrations_copy, 2, "upgrade", "conn.execute('COMMIT')")
    with pytest.raises(TransactionEnded):
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert current_version(v1_db) == 1


def test_a_migration_leaving_new_foreign_key_violations_is_rolled_back(migrations_copy, v1_db):
    upgrade(v1_db, to=2, backup=False)
    append_to_function(
        migrations_copy,
        3,
        "upgrade",
        "conn.execute(\"INSERT INTO prompts (session_id, iteration) VALUES ('nobody', 0)\")",
    )
    before = file_bytes(v1_db)
    with pytest.raises(ForeignKeyViolation, match="prompts rowid"):
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert file_bytes(v1_db) == before


def test_earlier_steps_stay_applied_when_a_later_one_fails(migrations_copy, v1_db):
    append_to_function(migrations_copy, 3, "upgrade", "raise RuntimeError('injected')")
    with pytest.raises(MigrationFailed, match="RuntimeError: injected"):
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert current_version(v1_db, migrations_dir=migrations_copy) == 2


def test_a_failed_init_leaves_no_file_behind(migrations_copy, db_path):
    append_to_function(migrations_copy, 1, "upgrade", "raise RuntimeError('injected')")
    with pytest.raises(MigrationFailed, match="injected"):
        init(db_path, migrations_dir=migrations_copy)
    assert not db_path.exists()


class Arrives(Exception):
    """An exception that arrives between two calls, as Ctrl-C or a fault injector's does."""


@pytest.mark.parametrize("when", ["installed", "removed"])
def test_an_exception_as_the_migration_guard_changes_still_rolls_back(when, v1_db):
    """The guard that denies a migration BEGIN/COMMIT/ROLLBACK must be gone before the
    runner rolls back, whenever an exception arrives: if it stayed, ROLLBACK itself was
    'not authorized' and the error left the runner raw (a full fault sweep found it)."""
    before = file_bytes(v1_db)
    calls = []

    def profile(frame, event, arg):
        if (
            event == "c_return"
            and getattr(arg, "__name__", "") == "set_authorizer"
            and frame.f_code.co_name == "_migrate"  # the step's guard, not detection's own
        ):
            calls.append(arg)
            if (when == "installed") == (len(calls) == 1):
                sys.setprofile(None)
                raise Arrives("arrived as set_authorizer returned")

    sys.setprofile(profile)
    try:
        with pytest.raises(MigrationFailed, match="arrived as set_authorizer returned"):
            upgrade(v1_db, to=2, backup=False)
    finally:
        sys.setprofile(None)
    assert current_version(v1_db) == 1
    assert file_bytes(v1_db) == before
