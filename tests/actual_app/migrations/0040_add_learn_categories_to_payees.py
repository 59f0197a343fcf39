"""Actual
``packages/loot-core/migrations/1737158400000_add_learn_categories_to_payees.sql``: adds
column payees.learn_categories (DEFAULT 1).
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE payees ADD COLUMN learn_categories BOOLEAN DEFAULT 1;
'''
    )
