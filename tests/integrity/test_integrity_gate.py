"""The integrity check of a run with a byte-copy backup reads the copy while the first
step runs and must say ok before that step's COMMIT; a database that moved since its
copy is checked itself before the first write. Either way a corrupt database is refused
with the same message, naming the database, and left exactly as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import CorruptDatabase, ForeignKeyViolation
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.harness.migration_folders import append_to_function
from edi_migrations.integrity.gate import Gate, header, integrity_gate, says_wal
from edi_migrations.sqlite.dbapi import sqlite3
from tests.corrupt_files import with_a_page_never_used
from tests.harness_projects import add_migration


def a_copy(path: Path) -> Path:
    copy = path.with_name(path.name + ".copy")
    shutil.copyfile(path, copy)
    return copy


def test_a_corrupt_database_with_a_byte_copy_backup_is_refused_and_left_as_it_was(v1_db, tmp_path):
    with_a_page_never_used(v1_db)
    before = file_bytes(v1_db)
    backups = tmp_path / "backups"
    with pytest.raises(CorruptDatabase, match="never used") as caught:
        upgrade(v1_db, backup_dir=backups)
    assert caught.value.path == v1_db
    assert file_bytes(v1_db) == before
    assert not list(backups.glob("*")), "a backup of a corrupt file is no backup"


def test_a_check_of_a_copy_of_this_very_state_is_waited_for_before_the_commit(v1_db):
    with_a_page_never_used(v1_db)
    gate = Gate(v1_db, 5.0)
    gate.start(a_copy(v1_db))
    gate.before_first_write()  # the copy is of this state: the step may start
    with pytest.raises(CorruptDatabase, match="never used") as caught:
        gate.before_commit()
    assert str(v1_db) in str(caught.value) and ".copy" not in str(caught.value)
    gate.close()


def test_a_database_changed_since_its_copy_is_checked_itself_before_the_first_write(v1_db):
    copy = a_copy(v1_db)  # sound
    with_a_page_never_used(v1_db)
    gate = Gate(v1_db, 5.0)
    gate.start(copy)
    with pytest.raises(CorruptDatabase, match="never used"):
        gate.before_first_write()
    gate.close()


def test_without_a_copy_the_check_reads_the_database_before_the_first_write(v1_db):
    with_a_page_never_used(v1_db)
    gate = Gate(v1_db, 5.0)
    with pytest.raises(CorruptDatabase, match="never used"):
        gate.before_first_write()
    gate.close()


def test_a_run_that_never_reached_a_step_still_reports_corruption(v1_db):
    with_a_page_never_used(v1_db)
    with pytest.raises(CorruptDatabase) as caught:
        with integrity_gate(v1_db):
            raise ValueError("refused before any step")
    assert isinstance(caught.value.__cause__, ValueError)


def test_a_sound_database_passes_every_wait(v1_db):
    gate = Gate(v1_db, 5.0)
    gate.start(a_copy(v1_db))
    gate.before_first_write()
    gate.before_commit()
    assert gate.passed
    gate.close()


@pytest.mark.parametrize(("mode", "wal"), [("DELETE", False), ("TRUNCATE", False), ("WAL", True)])
def test_the_header_tells_a_wal_file(tmp_path, mode, wal):
    db = tmp_path / "j.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert says_wal(header(db)) is wal


def another_process_can_begin_writing(db: Path) -> bool:
    code = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
        "try:\n    conn.execute('BEGIN IMMEDIATE')\nexcept sqlite3.OperationalError:\n"
        "    sys.exit(1)\n"
    )
    return subprocess.run([sys.executable, "-c", code, str(db)], timeout=60).returncode == 0


def test_the_gates_reads_of_the_file_keep_the_runs_write_lock(v1_db):
    """Closing any descriptor of a file drops every POSIX lock the process holds on it:
    the gate reads the header through one descriptor it closes last."""
    gate = Gate(v1_db, 5.0)
    gate.start(a_copy(v1_db))
    writer = sqlite3.connect(v1_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        gate.before_first_write()
        gate.before_commit()
        assert not another_process_can_begin_writing(v1_db)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        gate.close()
    assert another_process_can_begin_writing(v1_db)


TOUCH_PROMPTS = 'conn.execute("UPDATE prompts SET session_id = session_id")'  # a rescan
ORPHAN = "conn.execute(\"INSERT INTO prompts (session_id, iteration) VALUES ('nobody', 0)\")"


def test_with_a_byte_copy_backup_the_first_scan_reads_the_copy(v1_db, tmp_path):
    seen: list[str] = []
    upgrade(v1_db, to=2, backup_dir=tmp_path / "b", trace=seen.append)
    first_write = next(n for n, s in enumerate(seen) if s.startswith("UPDATE"))
    assert not [s for s in seen[:first_write] if "foreign_key_check" in s]


def test_orphans_the_copy_already_had_are_not_the_first_steps(migrations_copy, v1_db, tmp_path):
    append_to_function(migrations_copy, 2, "upgrade", TOUCH_PROMPTS)
    with sqlite3.connect(v1_db) as conn:
        assert conn.execute("PRAGMA foreign_key_check(prompts)").fetchall(), "v1 has orphans"
    conn.close()
    outcome = upgrade(v1_db, to=2, migrations_dir=migrations_copy, backup_dir=tmp_path / "b")
    assert [s.to_version for s in outcome.steps] == [2]


def test_a_first_step_adding_an_orphan_is_refused_with_a_byte_copy_backup(
    migrations_copy, v1_db, tmp_path
):
    append_to_function(migrations_copy, 2, "upgrade", ORPHAN)
    before = file_bytes(v1_db)
    with pytest.raises(ForeignKeyViolation, match="0002_session_metrics"):
        upgrade(v1_db, migrations_dir=migrations_copy, backup_dir=tmp_path / "b")
    assert file_bytes(v1_db) == before


CHAIN = {
    "tables": (
        "def upgrade(conn):\n"
        '    conn.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY)")\n'
        '    conn.execute("CREATE TABLE pets (id INTEGER PRIMARY KEY, '
        'owner INT REFERENCES owners(id))")\n'
    ),
    "unrelated": 'def upgrade(conn):\n    conn.execute("CREATE TABLE notes (body TEXT)")\n',
}


@pytest.fixture
def chain_with_an_old_orphan(tmp_path):
    folder = tmp_path / "versions"
    folder.mkdir()
    for name, code in CHAIN.items():
        add_migration(folder, name, code)
    db = tmp_path / "app.db"
    init(db, to=1, migrations_dir=folder)
    with sqlite3.connect(db) as conn:  # foreign keys off, as SQLite leaves them
        conn.execute("INSERT INTO owners VALUES (1)")
        conn.execute("INSERT INTO pets VALUES (1, 1), (2, 99)")
    conn.close()
    return folder, db


@pytest.mark.parametrize(
    ("third", "refused"),
    [
        ('conn.execute("UPDATE pets SET owner = owner")', False),
        ('conn.execute("INSERT INTO pets VALUES (3, 98)")', True),
    ],
    ids=["touching the old orphan passes", "a new orphan is refused"],
)
def test_an_old_orphan_carried_through_an_untouching_step_is_still_old(
    chain_with_an_old_orphan, tmp_path, third, refused
):
    """Step 2 leaves ``pets`` alone (its violations are carried, unread); step 3 rescans
    it: the orphan of the copy is old, a new one is not."""
    folder, db = chain_with_an_old_orphan
    add_migration(folder, "touch", f"def upgrade(conn):\n    {third}\n")
    if refused:
        with pytest.raises(ForeignKeyViolation, match="touch"):
            upgrade(db, migrations_dir=folder, backup_dir=tmp_path / "b")
    else:
        outcome = upgrade(db, migrations_dir=folder, backup_dir=tmp_path / "b")
        assert [s.to_version for s in outcome.steps] == [2, 3]
