"""The app one version back starts on a file the next version upgraded, when that version's
migration says it keeps working (``KEEPS_PREVIOUS_APP = True``).

An app calls ``upgrade(db)`` at start-up. The build one version back ships migrations
1..N-1 only; on a file at N it found a version it does not know and refused, so the app
did not start. Now the runner records, with each step, the lowest app version that may
run on the file (as Chromium's ``sql::MetaTable`` keeps ``last_compatible_version``):
an older build whose chain ends there leaves the file as it is and says so; any other
newer file is refused as before. Real files, a chain that is not EDI's; the old and the
new build are two folders, as two releases of an app ship them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import downgrade, init, inspect, upgrade
from edi_migrations.errors import BadMigrationsFolder, ChangedMigration, UnknownVersion
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from tests.support import run_cli

NOTES = '''"""Notes: a title each."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
'''
BODY = '''"""A body for each note."""


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN body TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN body")
'''
TAGS = '''"""Tags beside each note: a new nullable column the v2 app never names."""
{claim}

def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tags TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE notes DROP COLUMN tags")
'''
CLAIMS = "KEEPS_PREVIOUS_APP = True\n"


def builds(tmp_path: Path, claim: str) -> tuple[Path, Path]:
    """(the old build's folder, 1..2; the new build's, 1..3) of one app."""
    old, new = tmp_path / "old" / "migrations", tmp_path / "new" / "migrations"
    for folder in (old, new):
        folder.mkdir(parents=True)
        (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
        (folder / "0002_body.py").write_text(BODY, encoding="utf-8")
    (new / "0003_tags.py").write_text(TAGS.format(claim=claim), encoding="utf-8")
    return old, new


def upgraded_by_new(tmp_path: Path, claim: str) -> tuple[Path, Path, Path]:
    """A file the old build made and the new build upgraded to v3: (db, old, new)."""
    old, new = builds(tmp_path, claim)
    db = tmp_path / "app.db"
    init(db, migrations_dir=old)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO notes (title, body) VALUES ('first', 'kept')")
    upgrade(db, migrations_dir=new, backup=False)
    return db, old, new


def backups(tmp_path: Path) -> list[Path]:
    return [p for p in tmp_path.rglob("*") if p.is_file() and ".backup" in p.name]


def test_the_old_build_starts_on_a_file_whose_newest_migration_keeps_it_working(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    was, before = file_bytes(db), backups(tmp_path)
    outcome = upgrade(db, migrations_dir=old)
    assert (outcome.from_version, outcome.to_version, outcome.steps) == (3, 3, ())
    assert outcome.newer_version == 3
    assert outcome.backup is None
    assert file_bytes(db) == was
    assert backups(tmp_path) == before


def test_an_upgrade_the_file_needs_is_no_newer_file(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, CLAIMS)
    assert upgrade(db, migrations_dir=new).newer_version is None


def refused_unchanged(db: Path, error: type[Exception], run: Callable[[], object]) -> str:
    """``run()`` raises ``error`` and leaves ``db`` byte-identical; returns the message."""
    was = file_bytes(db)
    with pytest.raises(error) as refused:
        run()
    assert file_bytes(db) == was
    return str(refused.value)


def test_a_file_whose_newest_migration_does_not_claim_it_stays_refused(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, "")
    message = refused_unchanged(db, UnknownVersion, lambda: upgrade(db, migrations_dir=old))
    assert str(db) in message and "'v3'" in message and "v0..v2" in message
    assert "0003_tags does not say v2 apps keep working" in message, message


def test_two_versions_back_stays_refused(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    (old / "0002_body.py").unlink()
    message = refused_unchanged(db, UnknownVersion, lambda: upgrade(db, migrations_dir=old))
    assert "only v2 apps and newer may run on it" in message, message


@pytest.mark.parametrize("run", [upgrade, downgrade], ids=["upgrade-to-v1", "downgrade"])
def test_a_target_or_a_downgrade_by_the_old_build_stays_refused(tmp_path, run):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    refused_unchanged(db, UnknownVersion, lambda: run(db, to=1, migrations_dir=old))


def test_a_migration_both_sides_know_changed_since_applied_is_still_refused(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    with (old / "0002_body.py").open("a", encoding="utf-8") as f:
        f.write("# edited after it was applied\n")
    message = refused_unchanged(db, ChangedMigration, lambda: upgrade(db, migrations_dir=old))
    assert "0002_body" in message


def test_status_of_the_old_build_names_the_newer_version(tmp_path):
    db, old, _ = upgraded_by_new(tmp_path, CLAIMS)
    found = inspect(db, old)
    assert (found.version, found.recorded) == (3, 3)
    assert "newer than this chain" in found.how


def test_the_runner_records_the_lowest_app_version_and_a_downgrade_removes_it(tmp_path):
    db, _, new = upgraded_by_new(tmp_path, CLAIMS)
    assert recorded(db) == [(1, 1), (2, 2), (3, 2)]
    downgrade(db, to=2, migrations_dir=new, backup=False)
    assert recorded(db) == [(1, 1), (2, 2)]


def test_a_file_written_before_gains_the_record_on_its_next_upgrade(tmp_path):
    old, new = builds(tmp_path, CLAIMS)
    db = tmp_path / "app.db"
    init(db, migrations_dir=old)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TABLE schema_compatibility")  # as a file written before it
    upgrade(db, migrations_dir=new, backup=False)
    assert recorded(db) == [(3, 2)]


@pytest.mark.parametrize("claim", ["KEEPS_PREVIOUS_APP = 'yes'\n", "KEEPS_PREVIOUS_APP = 1\n"])
def test_a_claim_that_is_not_true_or_false_is_refused_naming_the_file(tmp_path, claim):
    _, new = builds(tmp_path, claim)
    with pytest.raises(BadMigrationsFolder, match="0003_tags.py: KEEPS_PREVIOUS_APP must be"):
        init(tmp_path / "app.db", migrations_dir=new)


def test_a_claim_beside_a_declared_break_is_refused_naming_the_file(tmp_path):
    claim = CLAIMS + (
        "from edi_migrations.changes import BreaksPreviousApp\n"
        'CHANGES = (BreaksPreviousApp("the v2 app reads a dropped view"),)\n'
    )
    _, new = builds(tmp_path, claim)
    with pytest.raises(BadMigrationsFolder) as refused:
        init(tmp_path / "app.db", migrations_dir=new)
    assert "0003_tags.py: KEEPS_PREVIOUS_APP" in str(refused.value)
    assert "BreaksPreviousApp" in str(refused.value)


def recorded(db: Path) -> list[tuple[int, int]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT version, lowest_app_version FROM schema_compatibility ORDER BY version"
        ).fetchall()


# -- an old build in a process of its own, as an app starts -------------------------------

START = """
import sys
from edi_migrations import upgrade
outcome = upgrade(sys.argv[1], migrations_dir=sys.argv[2])
print(outcome.from_version, outcome.to_version, outcome.newer_version, len(outcome.steps))
"""


def test_an_old_build_process_starts_on_the_file_a_new_build_upgraded(tmp_path):
    old, new = builds(tmp_path, CLAIMS)
    db = tmp_path / "app.db"
    assert run_cli("--migrations-dir", old, "init", db).returncode == 0
    up = run_cli("--migrations-dir", new, "upgrade", db, "--no-backup")
    assert up.returncode == 0, up.stderr
    was = file_bytes(db)
    started = subprocess.run(
        [sys.executable, "-c", START, str(db), str(old)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["3", "3", "3", "0"]
    cli = run_cli("--migrations-dir", old, "upgrade", db)
    assert cli.returncode == 0, cli.stderr
    lines = cli.stdout.strip().splitlines()
    assert len(lines) == 1, cli.stdout
    assert lines[0] == (
        f"{db}: at v3, newer than this chain (v2); its newest migration says v2 apps keep "
        "working on it; nothing to do"
    )
    status = run_cli("--migrations-dir", old, "status", db)
    assert status.returncode == 0, status.stderr
    assert f"{db}: v3 (newer than this chain" in status.stdout
    assert file_bytes(db) == was
    assert not backups(tmp_path)


def test_an_old_build_process_is_refused_on_a_file_not_claimed(tmp_path):
    db, old, new = upgraded_by_new(tmp_path, "")
    shutil.rmtree(new)
    was = file_bytes(db)
    cli = run_cli("--migrations-dir", old, "upgrade", db)
    assert cli.returncode == 1
    assert "does not say v2 apps keep working" in cli.stderr, cli.stderr
    assert file_bytes(db) == was
