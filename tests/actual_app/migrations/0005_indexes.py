"""Actual ``packages/loot-core/migrations/1561751833510_indexes.sql``: creates three
indexes on transactions (category, date).
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE INDEX trans_category_date ON transactions(category, date);
CREATE INDEX trans_category ON transactions(category);
CREATE INDEX trans_date ON transactions(date);
'''
    )
