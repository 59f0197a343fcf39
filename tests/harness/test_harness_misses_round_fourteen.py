"""Red team, round fourteen: this session's merges, each broken beside its sound twin.

Small chains of their own (not EDI's). A migration refused a write into a database the
app's connect attached still set that file's header through a PRAGMA
(``PRAGMA archive.user_version = 4``): the authorizer names a PRAGMA's schema too, but
only table writes were denied, so the archive changed outside the backup and every
check passed. Reading the archive's header stays allowed. A database the connect
attached in memory is scratch, as ``temp`` is: a step writing there was refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_newcomer_round_eighteen import (
    CONNECT,
    OLD,
    READS_THE_URI,
    archive_project,
    run,
)

STAMPS_THE_ARCHIVE = '''
def upgrade(conn):
    conn.execute("CREATE TABLE archived_at (version INTEGER)")
    conn.execute("PRAGMA archive.user_version = 4")
'''

READS_THE_ARCHIVE_HEADER = '''
def upgrade(conn):
    conn.execute("CREATE TABLE archived_at (version INTEGER)")
    (seen,) = conn.execute("PRAGMA archive.user_version").fetchone()
    conn.execute("INSERT INTO archived_at VALUES (?)", (seen,))
'''


def test_a_migration_setting_the_attached_files_header_is_refused(pytester):
    result = run(pytester, archive_project(pytester, STAMPS_THE_ARCHIVE))
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v4 broke invariant 'upgrade completes'*",
            "*migration 0004_archive_old_messages writes to the user_version of 'archive', "
            "a database the app's connect attached (PRAGMA archive.user_version = 4); "
            "rolled back, database still at v3*",
        ]
    )
    assert "EDI" not in result.stdout.str()


def test_a_migration_reading_the_attached_files_header_passes(pytester):
    result = run(pytester, archive_project(pytester, READS_THE_ARCHIVE_HEADER))
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*v3 * pass*", "*passed*"])


SCRATCH_CONNECT = CONNECT.replace(
    "    return conn\n", "    conn.execute(\"ATTACH DATABASE ':memory:' AS scratch\")\n    return conn\n"
)

THROUGH = f'''
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("messages", where="{OLD}"),)


def upgrade(conn):
    conn.execute("CREATE TABLE WHERE.old AS SELECT id FROM messages WHERE {OLD}")
    conn.execute(
        "CREATE TABLE archived_messages AS SELECT id, body FROM messages "
        "WHERE id IN (SELECT id FROM WHERE.old)"
    )
    conn.execute("DELETE FROM messages WHERE id IN (SELECT id FROM WHERE.old)")
'''


def scratch_project(pytester: pytest.Pytester, schema: str) -> Path:
    """The chat chain whose connect attaches the archive file and an in-memory scratch
    database; its last migration sorts old messages through ``schema``."""
    folder = archive_project(pytester, THROUGH.replace("WHERE.", f"{schema}."))
    (pytester.path / "chatdb.py").write_text(
        SCRATCH_CONNECT.format(body=READS_THE_URI), encoding="utf-8"
    )
    return folder


def test_a_migration_sorting_rows_through_an_attached_in_memory_database_passes(pytester):
    """``ATTACH ':memory:'`` is scratch, as ``temp`` is: no file keeps what it holds."""
    result = run(pytester, scratch_project(pytester, "scratch"))
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["*v3 * pass*", "*passed*"])


def test_a_migration_sorting_rows_through_the_attached_file_is_still_refused(pytester):
    result = run(pytester, scratch_project(pytester, "archive"))
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v4 broke invariant 'upgrade completes'*",
            "*migration 0004_archive_old_messages writes to the schema of 'archive', a database "
            "the app's connect attached (CREATE TABLE archive.old AS SELECT id*",
        ]
    )
