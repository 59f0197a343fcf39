"""Errors a Python caller reads speak Python too, and ``verify()`` on a newer file says why.

An app calls ``upgrade(db, migrations_dir=...)`` (docs/python-api.md); a refusal telling
it only "use `edi-migrate downgrade`" or "pass --migrations-dir" names a command it does
not run. Each message keeps the CLI's words (scripts and people read them) and adds the
Python one, as ``ForeignChain`` does. A WAL backup is copied through the app's connect
(a codec's key is needed), but what that connect attaches beside the new backup
(``<backup>.archive``) is not left there. Real files, a chain that is not EDI's.
"""

from __future__ import annotations

from contextlib import closing
from urllib.parse import unquote, urlparse

import pytest

from edi_migrations import downgrade, init, upgrade
from edi_migrations.errors import ChangedMigration, SchemaDrift, UnknownVersion, WrongDirection
from edi_migrations.runner.verify import verify
from edi_migrations.sqlite.dbapi import sqlite3
from tests.runner.test_newer_file_start import CLAIMS, builds, upgraded_by_new


def test_wrong_direction_names_the_python_call_too(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, CLAIMS)
    with pytest.raises(WrongDirection) as down:
        upgrade(db, to=1, migrations_dir=new, backup=False)
    assert "use `edi-migrate downgrade" in str(down.value)
    assert "(Python: downgrade(..., to=1))" in str(down.value)
    downgrade(db, to=2, migrations_dir=new, backup=False)
    with pytest.raises(WrongDirection) as up:
        downgrade(db, to=3, migrations_dir=new, backup=False)
    assert "(Python: upgrade(..., to=3))" in str(up.value)


def test_unknown_version_names_migrations_dir_too(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    with pytest.raises(UnknownVersion) as refused:
        upgrade(db, migrations_dir=old, backup=False)
    assert "--migrations-dir (Python: migrations_dir=) their folder" in str(refused.value)


def test_schema_drift_names_allow_drift_for_python_too(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, "")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE made_by_hand (id INTEGER PRIMARY KEY)")
    with pytest.raises(SchemaDrift) as refused:
        upgrade(db, migrations_dir=new, backup=False)
    assert "pass --allow-drift (Python: allow_drift=True) to proceed" in str(refused.value)


def test_a_changed_migration_names_allow_changed_for_python_too(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, "")
    with (new / "0002_body.py").open("a", encoding="utf-8") as source:
        source.write("\n# edited after it was applied\n")
    with pytest.raises(ChangedMigration) as refused:
        upgrade(db, migrations_dir=new, backup=False)
    assert "pass --allow-changed (Python: allow_changed=True) to proceed" in str(refused.value)


def test_control_a_file_at_its_head_is_not_refused(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, "")
    assert upgrade(db, migrations_dir=new, backup=False).to_version == 3
    assert verify(db, new) == []


def test_verify_on_a_newer_file_says_why_from_python(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    with pytest.raises(UnknownVersion, match="0003_tags does not say v2 apps keep working"):
        verify(db, old)


def _archiving(database, **kw):
    """An app's connect that attaches ``<database>.archive`` beside the file it opens."""
    conn = sqlite3.connect(database, **kw)
    name = str(database)
    path = unquote(urlparse(name).path) if name.startswith("file:") else name
    archive = ":memory:" if path == ":memory:" else path + ".archive"  # a schema's build
    conn.execute("ATTACH DATABASE ? AS archive", (archive,))
    conn.execute("CREATE TABLE IF NOT EXISTS archive.done (id INTEGER PRIMARY KEY)")
    return conn


def _wal_file_at_v2(tmp_path):
    old, new = builds(tmp_path, "")
    db = tmp_path / "app.db"
    init(db, migrations_dir=old, connect=_archiving)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    return db, new


def test_a_backup_through_a_connect_that_attaches_leaves_no_file_beside_it(tmp_path):
    db, new = _wal_file_at_v2(tmp_path)
    backups = tmp_path / "backups"
    saved = upgrade(db, migrations_dir=new, backup_dir=backups, connect=_archiving).backup
    assert saved is not None and saved.is_file()
    assert sorted(p.name for p in backups.iterdir()) == [saved.name]


def test_control_the_databases_own_attached_file_is_kept(tmp_path):
    db, new = _wal_file_at_v2(tmp_path)
    upgrade(db, migrations_dir=new, connect=_archiving)
    assert (tmp_path / "app.db.archive").is_file()
