"""Down migrations as newcomers write them. ``downgrade()`` raising
``NotImplementedError`` is the common way to say "this one cannot go back": the runner
ran every downgrade above it first, committed, and then failed on it, leaving the
database half way down. It is now read as no downgrade at all: refused before any
change, as a missing one is. A downgrade that raises only for some data still runs.
On a notes chain, not EDI's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import current_version, downgrade, init, load_migrations
from edi_migrations.errors import DowngradeUnavailable
from edi_migrations.harness.dbstate import file_bytes

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''
PINNED = '''"""Pinned notes."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0")


def downgrade(conn):
    """Pins cannot be taken back."""
    raise NotImplementedError("pinned notes cannot be unpinned")
'''
ONLY_FOR_SOME = PINNED.replace(
    '    raise NotImplementedError("pinned notes cannot be unpinned")',
    '    if conn.execute("SELECT 1 FROM notes WHERE pinned").fetchone():\n'
    '        raise NotImplementedError("pinned notes cannot be unpinned")\n'
    '    conn.execute("ALTER TABLE notes DROP COLUMN pinned")',
)
ARCHIVED = '''"""Archive flag."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN archived_at TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN archived_at")
'''


def at_head(tmp_path: Path, second: str) -> tuple[Path, Path]:
    folder = tmp_path / "migrations"
    folder.mkdir()
    for number, source in enumerate((NOTES, second, ARCHIVED), start=1):
        (folder / f"{number:04d}_step.py").write_text(source, encoding="utf-8")
    db = tmp_path / "notes.db"
    init(db, migrations_dir=folder)
    return folder, db


def test_a_downgrade_raising_not_implemented_is_refused_before_any_change(tmp_path):
    folder, db = at_head(tmp_path, PINNED)
    assert load_migrations(folder)[1].downgrade is None
    before = file_bytes(db)
    with pytest.raises(DowngradeUnavailable) as refused:
        downgrade(db, to=1, migrations_dir=folder, backup=False)
    assert "migration 0002_step has no downgrade()" in str(refused.value)
    assert "NotImplementedError" in str(refused.value)
    assert file_bytes(db) == before
    downgrade(db, to=2, migrations_dir=folder, backup=False)  # the one above it goes back
    assert current_version(db, folder) == 2


def test_a_downgrade_raising_only_for_some_data_runs(tmp_path):
    folder, db = at_head(tmp_path, ONLY_FOR_SOME)
    assert load_migrations(folder)[1].downgrade is not None
    downgrade(db, to=1, migrations_dir=folder, backup=False)
    assert current_version(db, folder) == 1
