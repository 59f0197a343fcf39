"""Actual ``packages/loot-core/migrations/1679728867040_rules_conditions.sql``: adds
column rules.conditions_op (DEFAULT 'and').
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE rules ADD COLUMN conditions_op TEXT DEFAULT 'and';
'''
    )
