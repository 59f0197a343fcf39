"""Two ``edi-migrate upgrade`` processes on one database: the second waits, then applies
only what the first left pending, and both exit 0.

Real processes, a real file. The second starts once the first is inside a step, and
that step holds the write lock until the second has finished its preflight (its backup
file appears): the second has surely read the version before the first commits, the
case that used to end in "migration ... is already applied".
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from edi_migrations.harness.migration_folders import append_to_function
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness_projects import add_migration
from tests.support import cli_command, run_cli

WAIT_LIMIT = 30  # seconds: a broken spec ends, it does not hang
SESSION_TAGS = """
from edi_migrations.sqlite.dbapi import sqlite3

from edi_migrations.changes import AddTable

CHANGES = (AddTable("session_tags"),)


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE session_tags (id INTEGER PRIMARY KEY, tag TEXT NOT NULL)")
"""


def hold_step(migrations: Path, step: tuple[int, str], entered: Path, release: Path) -> None:
    """Migration ``step`` (version, function), on a database file (not the in-memory schema
    builds), creates ``entered``, then keeps its write transaction open until folder
    ``release`` holds a file."""
    version, function = step
    release.mkdir()
    for code in (
        "import pathlib, time; t0 = time.monotonic()",
        "on_file = conn.execute('PRAGMA database_list').fetchone()[2]",
        f"on_file and pathlib.Path({str(entered)!r}).touch()",
        f"while on_file and not any(pathlib.Path({str(release)!r}).iterdir()) "
        f"and time.monotonic() - t0 < {WAIT_LIMIT}: time.sleep(0.02)",
    ):
        append_to_function(migrations, version, function, code)


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)


def cli_process(*args: object) -> subprocess.Popen:
    return subprocess.Popen(
        cli_command(*args, "--busy-timeout", WAIT_LIMIT),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def first_held_in_a_step_then_second(
    db: Path, migrations: Path, held_in: int, first: tuple = ("upgrade",), second: tuple = ()
):
    """The first command (``upgrade`` unless told), until it is inside migration
    ``held_in``; then an upgrade, whose backup (the end of its preflight: it has read the
    version) lets the first go on."""
    entered, backups = migrations.parent / "first-entered", migrations.parent / "second-backups"
    hold_step(migrations, (held_in, first[0]), entered, backups)
    shared = ("--migrations-dir", migrations)
    one = cli_process(first[0], db, *first[1:], *shared, "--no-backup")
    wait_for(entered)
    two = cli_process("upgrade", db, *second, *shared, "--backup-dir", backups)
    return finish(one), finish(two)


def applied_lines(stdout: str) -> list[str]:
    """The steps a run printed, without their times."""
    return [line.split(" (")[0] for line in stdout.splitlines() if line.startswith("000")]


def column(db: Path, sql: str) -> list:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute(sql)]
    finally:
        conn.close()


def log_names(db: Path) -> list[str]:
    return column(db, "SELECT migration_name FROM migration_log ORDER BY id")


def recorded_versions(db: Path) -> list[str]:
    return column(db, "SELECT version FROM schema_version ORDER BY rowid")


def test_two_upgrades_at_once_both_succeed_and_apply_each_migration_once(v1_db, migrations_copy):
    (code1, out1, err1), (code2, out2, err2) = first_held_in_a_step_then_second(
        v1_db, migrations_copy, held_in=2
    )
    assert (code1, code2) == (0, 0), (err1, err2)
    assert sorted(applied_lines(out1) + applied_lines(out2)) == [
        "0002_session_metrics: v1 -> v2",
        "0003_referential_integrity: v2 -> v3",
    ], (out1, out2)
    assert "0002_session_metrics" not in out2  # it read v1, yet left 0002 to the first
    assert log_names(v1_db) == [
        "0001_initial_schema",
        "0002_session_metrics",
        "0003_referential_integrity",
    ]
    assert recorded_versions(v1_db)[-1] == "v3"
    verified = run_cli("verify", v1_db, "--migrations-dir", migrations_copy)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_the_second_that_finds_nothing_left_says_already_at_and_changes_nothing(
    v1_db, migrations_copy
):
    (code1, out1, err1), (code2, out2, err2) = first_held_in_a_step_then_second(
        v1_db, migrations_copy, held_in=2, first=("upgrade", "--to", "2"), second=("--to", "2")
    )
    assert (code1, code2) == (0, 0), (err1, err2)
    assert applied_lines(out1) == ["0002_session_metrics: v1 -> v2"]
    assert f"{v1_db}: already at v2; nothing to do" in out2
    assert applied_lines(out2) == []
    (backup,) = (migrations_copy.parent / "second-backups").iterdir()
    assert f"backup: {backup}" in out2  # taken by its preflight, as in any upgrade
    assert log_names(v1_db) == ["0001_initial_schema", "0002_session_metrics"]
    assert recorded_versions(v1_db) == ["v1", "v2"]


def test_a_second_started_during_step_two_of_two_applies_only_step_three(v1_db, migrations_copy):
    add_migration(migrations_copy, "session_tags", SESSION_TAGS)
    (code1, out1, err1), (code2, out2, err2) = first_held_in_a_step_then_second(
        v1_db, migrations_copy, held_in=3, first=("upgrade", "--to", "3")
    )
    assert (code1, code2) == (0, 0), (err1, err2)
    assert applied_lines(out1) == [
        "0002_session_metrics: v1 -> v2",
        "0003_referential_integrity: v2 -> v3",
    ]
    assert applied_lines(out2) == ["0004_session_tags: v3 -> v4"], out2
    assert f"{v1_db}: now at v4" in out2
    assert log_names(v1_db)[1:] == [
        "0002_session_metrics",
        "0003_referential_integrity",
        "0004_session_tags",
    ]
    verified = run_cli("verify", v1_db, "--migrations-dir", migrations_copy)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_an_upgrade_that_finds_the_database_downgraded_meanwhile_refuses_and_changes_nothing(
    v1_db, migrations_copy
):
    assert run_cli("upgrade", v1_db, "--to", "2", "--no-backup").returncode == 0
    changed = "--allow-changed"  # 0002 was applied before the spec made it wait
    (code1, _, err1), (code2, out2, err2) = first_held_in_a_step_then_second(
        v1_db,
        migrations_copy,
        held_in=2,
        first=("downgrade", "--to", "1", changed),
        second=(changed,),
    )
    assert code1 == 0, err1
    assert code2 == 1 and applied_lines(out2) == [], out2
    assert err2.startswith(
        f"edi-migrate: {v1_db}: another process moved the database to v1 while this run "
        "was taking it from v2 to v3; stopped"
    ), err2
    assert recorded_versions(v1_db)[-1] == "v1"
    assert log_names(v1_db) == [  # 0002 up, then down: nothing of the refused upgrade
        "0001_initial_schema",
        "0002_session_metrics",
        "0002_session_metrics",
    ]
