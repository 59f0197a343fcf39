"""Callers tell what happened by type, not by message text: the error family's middle
classes say whether the file was left as it was (``Refused``) or a step was rolled back
(``RolledBack``, carrying the version the database stayed at)."""

from __future__ import annotations

import pytest

from edi_migrations import Refused, RolledBack, downgrade, upgrade
from edi_migrations import errors as e
from edi_migrations.harness.migration_folders import append_to_function

REFUSALS = (
    e.DatabaseMissing,
    e.DatabaseEmpty,
    e.NotADatabase,
    e.CorruptDatabase,
    e.UnknownVersion,
    e.SchemaDrift,
    e.ChangedMigration,
    e.WrongDirection,
    e.DowngradeUnavailable,
    e.BackupFailed,
    e.ReadOnlyDatabase,
    e.CannotOpen,
)
ROLLBACKS = (e.MigrationFailed, e.TransactionEnded, e.ForeignKeyViolation)


@pytest.mark.parametrize("kind", REFUSALS, ids=lambda k: k.__name__)
def test_every_refusal_is_a_refused(kind):
    assert issubclass(kind, e.Refused) and not issubclass(kind, e.RolledBack)


@pytest.mark.parametrize("kind", ROLLBACKS, ids=lambda k: k.__name__)
def test_every_failed_step_is_rolled_back(kind):
    assert issubclass(kind, e.RolledBack) and not issubclass(kind, e.Refused)


def test_a_missing_database_is_refused_naming_it(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(Refused) as refused:
        upgrade(missing)
    assert refused.value.path == missing
    assert not missing.exists()


def test_a_downgrade_below_the_floor_is_refused(v1_db):
    with pytest.raises(Refused):
        downgrade(v1_db, to=2, backup=False)


def test_a_failing_step_is_rolled_back_at_the_version_it_stayed_at(migrations_copy, v1_db):
    append_to_function(migrations_copy, 3, "upgrade", "raise RuntimeError('late')")
    with pytest.raises(RolledBack) as rolled:
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert (rolled.value.version, rolled.value.migration) == (2, "0003_referential_integrity")


def test_a_step_that_commits_is_rolled_back_too(migrations_copy, v1_db):
    append_to_function(migrations_copy, 2, "upgrade", "conn.commit()")
    with pytest.raises(RolledBack) as rolled:
        upgrade(v1_db, migrations_dir=migrations_copy, backup=False)
    assert isinstance(rolled.value, e.TransactionEnded)
    assert rolled.value.version == 1
