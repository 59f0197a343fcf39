"""Ctrl-C during a long migration answers promptly and leaves the database as it was."""

from __future__ import annotations

import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from edi_migrations import current_version
from edi_migrations.harness.dbstate import state_of
from edi_migrations.harness.migration_folders import append_to_function
from tests.support import as_in_a_terminal, cli_command

LONG_SQL = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
    "SELECT count(*) FROM n"
)


@dataclass(frozen=True)
class Interrupted:
    returncode: int
    stderr: str
    answered: float  # seconds from SIGINT to exit


def interrupt_when(marker: Path, command: list[str]) -> Interrupted:
    """Run ``command`` as a terminal would, send SIGINT once ``marker`` exists."""
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_in_a_terminal,
    ) as child:
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the command never reached the point to interrupt"
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        try:
            _, stderr = child.communicate(timeout=30)
        finally:
            child.kill()
        return Interrupted(child.returncode, stderr, time.monotonic() - sent)


def long_first_step(migrations_copy, tmp_path):
    """Make step 2 run LONG_SQL after touching the returned marker (Ctrl-C is sent then)."""
    marker = tmp_path / "started"
    append_to_function(
        migrations_copy,
        2,
        "upgrade",
        f"open({str(marker)!r}, 'w').close(); conn.execute({LONG_SQL!r})",
    )
    return marker


def test_ctrl_c_in_long_sql_rolls_back_and_exits_130(migrations_copy, v1_db, tmp_path):
    marker = long_first_step(migrations_copy, tmp_path)
    before = state_of(v1_db)
    done = interrupt_when(
        marker, cli_command("--migrations-dir", migrations_copy, "upgrade", v1_db, "--no-backup")
    )
    assert done.returncode == 130, done.stderr
    assert "interrupted" in done.stderr and "rolled back" in done.stderr
    assert done.answered < 5, f"took {done.answered:.1f} s to answer Ctrl-C"
    assert current_version(v1_db) == 1
    assert state_of(v1_db) == before


def upgrade_command(migrations: Path, db: Path) -> list[str]:
    return cli_command("--migrations-dir", migrations, "upgrade", db)


def test_ctrl_c_while_a_migration_runs_python_rolls_back_that_step(
    migrations_copy, v1_db, tmp_path
):
    """A migration's own Python (no SQL running, so no progress tick) is interrupted too."""
    marker = tmp_path / "sleeping"
    append_to_function(
        migrations_copy,
        3,
        "upgrade",
        f"open({str(marker)!r}, 'w').close(); __import__('time').sleep(60)",
    )
    done = interrupt_when(marker, upgrade_command(migrations_copy, v1_db))
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == (
        f"edi-migrate: {v1_db}: 0003_referential_integrity interrupted; "
        "rolled back, database still at v2"
    )
    assert current_version(v1_db, migrations_copy) == 2


def test_ctrl_c_before_the_first_step_says_nothing_was_changed(migrations_copy, v1_db, tmp_path):
    """Detection runs the migrations on an in-memory database to know the schema each
    version should have: a Ctrl-C then comes before any change and any backup."""
    marker = tmp_path / "detecting"
    in_memory = "conn.execute('PRAGMA database_list').fetchone()[2] == ''"
    append_to_function(
        migrations_copy,
        1,
        "upgrade",
        f"if {in_memory}: open({str(marker)!r}, 'w').close(); __import__('time').sleep(60)",
    )
    before = state_of(v1_db)
    done = interrupt_when(marker, upgrade_command(migrations_copy, v1_db))
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == f"edi-migrate: {v1_db}: interrupted before any change"
    assert state_of(v1_db) == before
    assert not list(v1_db.parent.glob("*.backup"))


def test_ctrl_c_in_the_first_step_beside_the_check_of_its_backup_rolls_back(
    migrations_copy, v1_db, tmp_path
):
    """The integrity check and the first scan read the byte-copy backup while the first
    step runs: Ctrl-C stops all three, promptly, and the database is as it was."""
    marker = long_first_step(migrations_copy, tmp_path)
    before = state_of(v1_db)
    command = cli_command(
        "--migrations-dir", migrations_copy, "upgrade", v1_db, "--backup-dir", tmp_path / "b"
    )
    done = interrupt_when(marker, command)
    assert done.returncode == 130, done.stderr
    assert "interrupted" in done.stderr and "rolled back" in done.stderr
    assert done.answered < 5, f"took {done.answered:.1f} s to answer Ctrl-C"
    assert state_of(v1_db) == before
