"""Actual ``packages/loot-core/migrations/1720665000000_goal_context.sql``: adds columns
zero_budgets.long_goal and reflect_budgets.long_goal.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE zero_budgets ADD COLUMN long_goal INTEGER DEFAULT null;
ALTER TABLE reflect_budgets ADD COLUMN long_goal INTEGER DEFAULT null;
'''
    )
