"""Files that lie, and files the OS will not let us change: one line, non-zero, untouched.

``test_cli_refusals.py`` covers ``upgrade`` on files that are not what they claim.
Here: the same inputs through ``status``, ``verify``, ``downgrade`` and ``history``;
WAL databases whose drift lives only in the ``-wal`` file; read-only files and
folders (the OS refuses the write, also for root: see ``fixtures/faults/os_limits.py``);
and a database another connection holds locked. Each refusal must be one line on
stderr naming the database and the problem, exit 1, and leave the database, its
``-wal`` and its ``-journal`` byte-identical.

Where no other process is needed the command line runs in this process
(``edi_migrations.cli.commands.main``, the same code as the ``edi-migrate`` script) because
it is ten times faster; read-only cases need a process without root's overrides,
each run once (``read_only_run``) for the specs that read it.
"""

from __future__ import annotations

import io
import re
import subprocess
import time
import traceback
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from edi_migrations import init
from edi_migrations.cli.commands import main
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.sqlite.dbapi import sqlite3
from fixtures.faults.apps import crash_after_writing
from fixtures.faults.os_limits import holding_lock, read_only, run_cli_as_a_user
from tests.cli.test_cli_refusals import REFUSALS
from tests.support import add_v1_rows

READ_ONLY = r"read-?only|[Pp]ermission denied|not writable"
LOCKED = r"locked|busy"
CORRUPTION_CLAIMS = ("integrity_check failed", "restore a backup")


def refused(
    result: subprocess.CompletedProcess,
    db: Path,
    reason: str,
    before: dict[str, bytes | None],
    figures,
    name: str,
    forbidden: tuple[str, ...] = (),
) -> None:
    """Record the figure, then assert the refusal: exit 1, one line, reason, same bytes,
    and none of the ``forbidden`` claims (a locked database is not a corrupt one)."""
    identical = file_bytes(db) == before
    lines = result.stderr.strip().splitlines()
    clear = (
        result.returncode == 1
        and len(lines) == 1
        and str(db) in lines[0]
        and re.search(reason, lines[0]) is not None
        and not any(claim in result.stderr for claim in forbidden)
    )
    figures.record("bad-input", input=name, identical=identical, clear=clear)
    for claim in forbidden:
        assert claim not in result.stderr, f"{name}: wrong diagnosis: {result.stderr}"
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert len(lines) == 1, f"not one line:\n{result.stderr}"
    assert str(db) in lines[0], lines[0]
    assert re.search(reason, lines[0]), f"{reason!r} not in: {lines[0]}"
    assert identical, f"{name}: the files changed"


def run_cli(*args: object) -> subprocess.CompletedProcess:
    """``edi-migrate ARGS`` run in this process, its output captured."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = exc.code
        except Exception:  # what the script would print before exiting 1
            traceback.print_exc()
            code = 1
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


# --- the inputs of test_cli_refusals, and two corruptions, through every command -------


def _page_of(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        return (root.fetchone()[0] - 1) * page_size
    finally:
        conn.close()


def unused_page(path: Path) -> Path:
    """A page no table, index or free list owns (what a torn extension leaves):
    ``integrity_check`` reports it over two lines."""
    init(path, to=1)
    add_v1_rows(path)
    data = bytearray(path.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 1).to_bytes(4, "big")
    path.write_bytes(bytes(data) + bytes(len(data) // pages))
    return path


def corrupt_log_page(path: Path) -> Path:
    """The migration log's page no longer a b-tree page: reading the log fails."""
    init(path, to=1)
    add_v1_rows(path)
    offset = _page_of(path, "migration_log")
    data = bytearray(path.read_bytes())
    data[offset] = 0
    path.write_bytes(bytes(data))
    return path


INPUTS = {
    **{name: make for name, (make, _) in REFUSALS.items()},
    "unused-page": unused_page,
    "corrupt-log-page": corrupt_log_page,
}
REASONS = {name: re.escape(reason) for name, (_, reason) in REFUSALS.items()}
REASONS |= {
    "corrupt-page": "integrity_check|malformed",
    "corrupt-and-drifted": "integrity_check",
    "unused-page": "integrity_check|never used",
    "corrupt-log-page": "integrity_check|malformed",
}
COMMANDS = {
    "upgrade": ("upgrade",),
    "status": ("status",),
    "verify": ("verify",),
    "downgrade": ("downgrade", "--to", "1", "--no-backup"),
    "history": ("history",),
}
ANSWERS_INSTEAD = {  # a meaningful answer other than a refusal: not a case here
    "status": {"index-dropped", "column-added"},  # reports the drift, exit 0
    # --to 1 on a v1 file: nothing to do, so no integrity check reads the page no b-tree
    # owns, nor the corrupt page 4 unless detection happens to read it: refused or "nothing
    # to do" (runner/test_upgrade_nothing_to_do.py); with a step to do both are refused
    "downgrade": {"unused-page", "corrupt-page"},
    "history": {
        "newer-version",
        "index-dropped",
        "column-added",
        "foreign-tables",
        "unused-page",
        "corrupt-and-drifted",
    },
}
NOT_HERE = {
    "upgrade": set(REFUSALS),  # test_cli_refusals.py covers these
    # corrupt-page hits whatever page 4 holds; the deterministic corruptions cover these
    "verify": {"corrupt-page"},
    "history": {"corrupt-page"},
}
CASES = [
    (name, command)
    for name in INPUTS
    for command in COMMANDS
    if name not in ANSWERS_INSTEAD.get(command, set()) | NOT_HERE.get(command, set())
]


@pytest.mark.parametrize("name, command", CASES, ids=[f"{n}-{c}" for n, c in CASES])
def test_every_command_refuses_a_bad_file_in_one_line_and_leaves_it_byte_identical(
    name, command, db_path, fault_figures
):
    INPUTS[name](db_path)
    before = file_bytes(db_path)
    command, *options = COMMANDS[command]
    result = run_cli(command, db_path, *options)
    refused(result, db_path, REASONS[name], before, fault_figures, f"{name} ({command})")


MISSING = [
    (kind, command)
    for kind in ("missing", "directory")
    for command in COMMANDS
    if command != "upgrade"  # test_cli_refusals.py covers it
]


@pytest.mark.parametrize("kind, command", MISSING, ids=[f"{k}-{c}" for k, c in MISSING])
def test_every_command_refuses_a_missing_path_or_a_directory(kind, command, tmp_path):
    path = tmp_path / "edi.db" if kind == "missing" else tmp_path
    command, *options = COMMANDS[command]
    result = run_cli(command, path, *options)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert ("edi-migrate init" if kind == "missing" else "is a directory") in lines[0]
    assert not (tmp_path / "edi.db").exists() if kind == "missing" else True


# --- WAL databases: the drift lives only in the -wal file --------------------------------

WAL_DRIFTS = {
    "newer-version": ("INSERT INTO schema_version (version) VALUES ('v4')", "migrated by newer migrations"),
    "index-dropped": ("DROP INDEX idx_entities_label", "index idx_entities_label is missing"),
    "column-added": ("ALTER TABLE sessions ADD COLUMN nickname TEXT", "unexpected column"),
    "unknown-table": (
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY)",
        "unexpected table invoices",
    ),
}


@pytest.mark.parametrize("sql, reason", WAL_DRIFTS.values(), ids=WAL_DRIFTS.keys())
def test_a_refused_wal_database_keeps_its_wal_file_byte_identical(
    sql, reason, v1_database, fault_figures, request
):
    db = v1_database(shape="wal", sessions=40)
    crash_after_writing(db, sql)
    before = file_bytes(db)
    assert before["-wal"], "the drift must live in the -wal file"
    result = run_cli("upgrade", db)
    refused(result, db, reason, before, fault_figures, f"wal {request.node.callspec.id}")
    assert not list(db.parent.glob("*.backup"))


def test_status_of_a_wal_database_from_a_newer_version_keeps_the_wal_file(
    v1_database, fault_figures
):
    db = v1_database(shape="wal", sessions=40)
    crash_after_writing(db, WAL_DRIFTS["newer-version"][0])
    before = file_bytes(db)
    result = run_cli("status", db)
    refused(result, db, "migrated by newer migrations", before, fault_figures, "wal newer-version (status)")


# --- read-only files and folders ---------------------------------------------------------

JOURNALS = {"rollback": "versioned", "wal": "wal"}
WRITERS = {
    "upgrade": ("upgrade",),
    "upgrade-no-backup": ("upgrade", "--no-backup"),
    "downgrade": ("downgrade", "--to", "1", "--no-backup"),
}


@dataclass(frozen=True)
class AsAUser:
    """A command run as a user on a database whose file or folder was read-only."""

    db: Path  # shared by the specs that read this run: none writes to it
    before: dict[str, bytes | None]  # its files before the run
    result: subprocess.CompletedProcess


@pytest.fixture(scope="module")
def read_only_run(shared_v1_database) -> Callable[[str, str, str], AsAUser]:
    """``read_only_run(target, journal, command)``: ``command`` (``WRITERS`` or status) run
    as a user with the database's ``target`` ("file" or "folder") read-only; each once per
    module and worker, so specs reading different facts of one run share it."""
    made: dict[tuple[str, str, str], AsAUser] = {}

    def run(target: str, journal: str, command: str) -> AsAUser:
        key = (target, journal, command)
        if key not in made:
            version = 2 if command == "downgrade" else 1
            db = shared_v1_database(shape=JOURNALS[journal], sessions=40, version=version)
            before = file_bytes(db)
            args = WRITERS.get(command, ("status",))
            with read_only(db if target == "file" else db.parent):
                result = run_cli_as_a_user(args[0], db, *args[1:])
            made[key] = AsAUser(db, before, result)
        return made[key]

    return run


@pytest.mark.parametrize("journal", JOURNALS)
@pytest.mark.parametrize("command", WRITERS)
def test_a_read_only_file_is_refused_and_left_byte_identical(
    command, journal, read_only_run, fault_figures
):
    ran = read_only_run("file", journal, command)
    name = f"read-only {journal} file ({command})"
    refused(ran.result, ran.db, READ_ONLY, ran.before, fault_figures, name)


@pytest.mark.parametrize("journal", JOURNALS)
def test_a_read_only_file_can_still_be_inspected(journal, read_only_run, fault_figures):
    ran = read_only_run("file", journal, "status")
    identical = file_bytes(ran.db) == ran.before
    fault_figures.record(
        "bad-input",
        input=f"read-only {journal} file (status)",
        identical=identical,
        clear=ran.result.returncode == 0,
    )
    assert ran.result.returncode == 0, ran.result.stderr
    assert "v1" in ran.result.stdout
    assert identical


FOLDER_CASES = [
    (command, journal)
    for command in (*WRITERS, "status")
    for journal in JOURNALS
    if not (command == "status" and journal == "rollback")  # reads as usual: not a refusal
]


@pytest.mark.parametrize(
    "command, journal", FOLDER_CASES, ids=[f"{c}-{j}" for c, j in FOLDER_CASES]
)
def test_a_database_in_a_read_only_folder_is_refused_and_left_byte_identical(
    command, journal, read_only_run, fault_figures
):
    """No journal, no backup can be created beside the database. In WAL mode SQLite
    cannot even create the -shm file, so nothing can read the database: the message
    must say the folder is read-only rather than call the database corrupt."""
    ran = read_only_run("folder", journal, command)
    refused(
        ran.result,
        ran.db,
        READ_ONLY,
        ran.before,
        fault_figures,
        f"{journal} database in a read-only folder ({command})",
        forbidden=CORRUPTION_CLAIMS,
    )


# --- a database another connection holds locked ---------------------------------------

LOCKS = {
    "rollback-reserved": ("versioned", "reserved"),
    "rollback-exclusive": ("versioned", "exclusive"),
    "wal-reserved": ("wal", "reserved"),
}
BUSY_TIMEOUT = 0.05  # the lock is held until the command has answered: any wait refuses


@pytest.mark.parametrize("lock", LOCKS)
@pytest.mark.parametrize("command", ["upgrade", "downgrade"])
def test_a_database_locked_by_another_writer_is_refused_after_the_busy_timeout(
    command, lock, v1_database, fault_figures
):
    shape, kind = LOCKS[lock]
    version = 2 if command == "downgrade" else 1
    db = v1_database(shape=shape, sessions=40, version=version)
    options = ("--to", "1") if command == "downgrade" else ()
    with holding_lock(db, kind):
        before = file_bytes(db)
        started = time.monotonic()
        result = run_cli("--busy-timeout", BUSY_TIMEOUT, command, db, *options)
        waited = time.monotonic() - started
        refused(
            result,
            db,
            LOCKED,
            before,
            fault_figures,
            f"{lock} lock held by another writer ({command})",
            forbidden=CORRUPTION_CLAIMS,
        )
    assert waited < BUSY_TIMEOUT + 3, f"waited {waited:.1f} s, not --busy-timeout {BUSY_TIMEOUT}"


def test_status_of_a_database_locked_exclusively_says_so_within_the_busy_timeout(
    v1_database, fault_figures
):
    """In rollback-journal mode an exclusive lock keeps even readers out."""
    db = v1_database(shape="versioned", sessions=40)
    with holding_lock(db, "exclusive"):
        before = file_bytes(db)
        started = time.monotonic()
        result = run_cli("--busy-timeout", BUSY_TIMEOUT, "status", db)
        waited = time.monotonic() - started
        refused(
            result,
            db,
            LOCKED,
            before,
            fault_figures,
            "rollback-exclusive lock held by another writer (status)",
            forbidden=CORRUPTION_CLAIMS,
        )
    assert waited < BUSY_TIMEOUT + 3, f"waited {waited:.1f} s, not --busy-timeout {BUSY_TIMEOUT}"


READ_ONLY_TARGETS = [(what, journal) for what in ("file", "folder") for journal in JOURNALS]


@pytest.mark.parametrize(
    "what, journal", READ_ONLY_TARGETS, ids=[f"{w}-{j}" for w, j in READ_ONLY_TARGETS]
)
def test_a_read_only_database_is_refused_before_any_migration_runs(what, journal, read_only_run):
    """Permissions are known before anything starts: the refusal must say the file (or
    its folder) is read-only, not that migration 0002 failed at its first write, and
    must not take a backup of a database it cannot migrate. (The upgrade the read-only
    refusals above ran: this reads its message and its folder.)"""
    ran = read_only_run(what, journal, "upgrade")
    line = ran.result.stderr.strip()
    assert ran.result.returncode == 1 and re.search(READ_ONLY, line), line
    assert "failed at statement" not in line, f"a permission problem blamed on a migration: {line}"
    assert not list(ran.db.parent.glob("*.backup")), (
        "a backup of a database that cannot be migrated"
    )
