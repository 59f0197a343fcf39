"""Trilium ``db/migrations/0185__migrate_black_theme_to_dark.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream: the removed black theme becomes dark, white becomes light
    Recompute(
        "options",
        "value",
        expression="CASE WHEN name = 'theme' AND value = 'black' THEN 'dark' WHEN name = 'theme' AND value = 'white' THEN 'light' ELSE value END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""-- black theme has been removed, dark is closest replacement
UPDATE options SET value = 'dark' WHERE name = 'theme' AND value = 'black';

UPDATE options SET value = 'light' WHERE name = 'theme' AND value = 'white';
"""
    )
