"""Red team, round fourteen: this session's merges, each broken beside its sound twin.

Small chains of their own (not EDI's). A migration refused a write into a database the
app's connect attached still set that file's header through a PRAGMA
(``PRAGMA archive.user_version = 4``): the authorizer names a PRAGMA's schema too, but
only table writes were denied, so the archive changed outside the backup and every
check passed. Reading the archive's header stays allowed.
"""

from __future__ import annotations

from tests.harness.test_newcomer_round_eighteen import archive_project, run

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
