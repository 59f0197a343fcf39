"""What the ported steps share: Chromium's History version for the runner's, the
``DoesColumnExist`` guard every add-a-column method puts before its ``ALTER TABLE``, and
the compatible version every ported block leaves as it was."""

FIRST = 56  # runner version 1 is Chromium's History version 57

# history_database.cc: `const int kCompatibleVersionNumber = 16;` (kCurrentVersionNumber 69
# at the commit ported). Blocks 17 to 68 call only meta_table_.SetVersionNumber(), never
# SetCompatibleVersionNumber(), so last_compatible_version stays 16 in every file they
# upgrade: a build of any version from 16 on keeps opening it.
COMPATIBLE_VERSION = 16


def chrome_version(version):
    """The version Chromium's ``meta`` table would hold for the runner's ``version``."""
    return FIRST + version


def has_column(conn, table, column):
    """``sql::Database::DoesColumnExist``: PRAGMA table_info names the column."""
    return any(row[1] == column for row in conn.execute(f"PRAGMA main.table_info({table})"))


def has_table(conn, table):
    """``sql::Database::DoesTableExist``."""
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        is not None
    )


def add_column(conn, table, column, alter_sql):
    """The guard the migration methods share: ``if (!DoesColumnExist(table, column))``,
    then their ``ALTER TABLE`` verbatim."""
    if not has_column(conn, table, column):
        conn.execute(alter_sql)
