"""Trilium ``db/migrations/0186__drop_branches_options_utcDateCreated.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DropColumn

CHANGES = (
    # upstream drops both creation dates on purpose
    DropColumn("branches", "utcDateCreated"),
    DropColumn("options", "utcDateCreated"),
)


def upgrade(conn):
    conn.executescript(
        r"""ALTER TABLE branches DROP COLUMN utcDateCreated;
ALTER TABLE options DROP COLUMN utcDateCreated;
"""
    )
