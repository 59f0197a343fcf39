"""grocy ``migrations/0055.sql``: adds column stock_log.recipe_id.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE stock_log
ADD recipe_id INTEGER;
'''
    )
