"""Trilium ``db/migrations/0227__disable_image_compression.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: image compression turned off (emergency disabling)
    Recompute(
        "options",
        "value",
        expression="CASE WHEN name = 'compressImages' THEN 'false' ELSE value END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""-- emergency disabling of image compression since it appears to make problems in migration to 0.61
UPDATE options SET value = 'false' WHERE name = 'compressImages';
"""
    )
