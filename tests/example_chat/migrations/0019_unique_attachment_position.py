"""One attachment per position of a prompt: a UNIQUE index on (log_id, position).

The app once attached a file twice at the same position on retries. Every repeat after
the first is moved, as exact JSON, into ``duplicate_log_attachments`` before the index
is built, so nothing is lost and the user can look at them.
"""

from edi_migrations.changes import MoveRows
from edi_migrations.quarantine import encode_row

CHANGES = (MoveRows("log_attachments", to="duplicate_log_attachments"),)
LINT_ACKNOWLEDGED = {"EM107": "the repeats are moved to duplicate_log_attachments first"}

COLUMNS = ("log_id", "attachment_id", "position")


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE duplicate_log_attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source_table TEXT NOT NULL,
            source_rowid INTEGER NOT NULL,
            row_json TEXT NOT NULL
        )
        """
    )
    repeats = conn.execute(
        """
        SELECT rowid, log_id, attachment_id, position FROM log_attachments
        WHERE log_id IS NOT NULL AND position IS NOT NULL AND rowid NOT IN (
            SELECT min(rowid) FROM log_attachments
            WHERE log_id IS NOT NULL AND position IS NOT NULL
            GROUP BY log_id, position)
        ORDER BY rowid
        """
    ).fetchall()
    for rowid, *values in repeats:
        conn.execute(
            "INSERT INTO duplicate_log_attachments (source_table, source_rowid, row_json) "
            "VALUES ('log_attachments', ?, ?)",
            (rowid, encode_row(COLUMNS, values)),
        )
        conn.execute("DELETE FROM log_attachments WHERE rowid = ?", (rowid,))
    conn.execute(
        "CREATE UNIQUE INDEX idx_log_attachments_position ON log_attachments (log_id, position)"
    )
